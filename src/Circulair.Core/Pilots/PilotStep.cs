namespace Circulair.Pilots;

/// <summary>The four steps of a lean pilot project (the guide's chapter 6, Figure 13).</summary>
public enum PilotStep
{
    /// <summary>Begrijp je gebruikers en hun noden.</summary>
    BegrijpGebruikers = 1,

    /// <summary>Valideer en test je aanbod (the build–measure–learn loop).</summary>
    ValideerAanbod = 2,

    /// <summary>Schaal je project.</summary>
    SchaalProject = 3,

    /// <summary>Verbeter je werking.</summary>
    VerbeterWerking = 4,
}
