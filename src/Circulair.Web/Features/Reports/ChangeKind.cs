namespace Circulair.Web.Features.Reports;

/// <summary>How an action stands against the adopted version.</summary>
public enum ChangeKind
{
    Nieuw = 1,
    Gewijzigd = 2,
    Verwijderd = 3,
}
