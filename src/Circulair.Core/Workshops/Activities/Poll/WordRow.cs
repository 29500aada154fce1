namespace Circulair.Workshops;

public sealed record WordRow(string Word, int Count)
{
    /// <summary>Size class 1–5 for the word cloud, relative to the most frequent word.</summary>
    public int Weight(int max) => max <= 1 ? 3 : 1 + (int)Math.Round(4.0 * (Count - 1) / (max - 1));
}
