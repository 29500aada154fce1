using Circulair.Vision;

namespace Circulair.HealthCheck;

/// <summary>A note a rater wrote with their score for one block.</summary>
public sealed record BlockNote(string RaterName, RaterKind Kind, string Text);
