namespace Circulair.Workshops;

public sealed record OptionRow(int ItemId, string Text, int Count);
