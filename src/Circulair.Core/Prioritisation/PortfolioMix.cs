namespace Circulair.Prioritisation;

public enum MixWarning
{
    /// <summary>No action in "Groot project": nothing large and impactful that runs longer.</summary>
    NoLargeProjects = 1,

    /// <summary>No low-effort action at all (neither a quick win nor a small improvement).</summary>
    NoSmallImprovements = 2,

    /// <summary>One or more actions sit in "Vermijden".</summary>
    ActionsToAvoid = 3,
}

/// <summary>The portfolio's spread over the quadrants and what the mix check warns about.</summary>
public sealed record MixCheck(int Rated, int Unrated, IReadOnlyDictionary<Quadrant, int> Counts, IReadOnlyList<MixWarning> Warnings)
{
    public int this[Quadrant quadrant] => Counts[quadrant];
}

/// <summary>
/// The guide asks for a mix (ch. 5, phase 2): a few large, longer-running impactful projects and many small
/// improvements, and nothing that costs much for little. The check looks at the rated actions only; while nothing
/// is rated it warns about nothing. Large means the quadrant "Groot project"; small means low effort (quick wins and
/// small improvements). Callers leave out actions that were stopped.
/// </summary>
public static class PortfolioMix
{
    public static MixCheck Check(IEnumerable<Quadrant?> quadrants)
    {
        var counts = Enum.GetValues<Quadrant>().ToDictionary(q => q, _ => 0);
        var unrated = 0;
        foreach (var q in quadrants)
        {
            if (q is { } quadrant)
            {
                counts[quadrant]++;
            }
            else
            {
                unrated++;
            }
        }
        var rated = counts.Values.Sum();
        var warnings = new List<MixWarning>();
        if (rated > 0)
        {
            if (counts[Quadrant.GrootProject] == 0)
            {
                warnings.Add(MixWarning.NoLargeProjects);
            }
            if (counts[Quadrant.QuickWin] + counts[Quadrant.KleineVerbetering] == 0)
            {
                warnings.Add(MixWarning.NoSmallImprovements);
            }
            if (counts[Quadrant.Vermijden] > 0)
            {
                warnings.Add(MixWarning.ActionsToAvoid);
            }
        }
        return new MixCheck(rated, unrated, counts, warnings);
    }
}
