namespace Circulair.Regions;

/// <summary>Which side of a region membership acted (ended it).</summary>
public enum RegionSide
{
    Region = 1,
    Member = 2,
}
