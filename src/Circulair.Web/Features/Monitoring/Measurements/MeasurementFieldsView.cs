namespace Circulair.Web.Features.Monitoring.Measurements;

/// <summary>What the measurement fields partial binds to: the form, and the indicator's unit shown above it.</summary>
public sealed record MeasurementFieldsView(MeasurementInput Input, string Unit);
