namespace Circulair.Library.Sharing;

/// <summary>What an organisation can publish to the instance's shared library.</summary>
public enum SharedItemKind
{
    Action = 1,
    Pilot = 2,
    Indicator = 3,
}
