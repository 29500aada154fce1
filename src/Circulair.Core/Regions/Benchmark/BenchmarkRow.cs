namespace Circulair.Regions.Benchmark;

/// <summary>One shown member: its figure as measured, the comparable value, the inhabitants used, and its rank (1 = best; ties share a rank).</summary>
public sealed record BenchmarkRow(int OrganisationId, string Name, double Measured, double Value, int? Population, int Rank, bool IsViewer, double? Target);
