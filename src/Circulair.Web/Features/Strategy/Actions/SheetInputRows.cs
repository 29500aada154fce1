namespace Circulair.Web.Features.Strategy.Actions;

/// <summary>How many rows at the end of each sheet list are the empty ones to add with (no "remove" box on those).</summary>
public static class SheetInputRows
{
    public const int Blank = SheetInput.BlankRows;
}
