namespace Circulair.Monitoring;

/// <summary>One thing wrong with an indicator's details: the field it concerns (a property of <see cref="IndicatorDetails"/>, or "Targets[i].Year") and a message key.</summary>
public sealed record IndicatorProblem(string Field, string Key, params object[] Arguments);
