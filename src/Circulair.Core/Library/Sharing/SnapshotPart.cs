namespace Circulair.Library.Sharing;

/// <summary>Which part of a snapshot a field belongs to: always shared, or only when the publisher ticks it in.</summary>
public enum SnapshotPart
{
    Content = 1,
    PersonalData = 2,
    Budget = 3,
}
