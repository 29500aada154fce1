namespace Circulair.Regions;

/// <summary>Where a region's invitation of a member stands. A row is never deleted: ended and declined rows are the history.</summary>
public enum RegionMembershipStatus
{
    /// <summary>The region invited; the member's Beheerder has not answered.</summary>
    Invited = 1,

    /// <summary>Accepted: the member belongs to the region until one side ends it.</summary>
    Active = 2,

    /// <summary>The member's Beheerder said no.</summary>
    Declined = 3,

    /// <summary>Ended by the region or by the member, on <see cref="RegionMembership.EndedOn"/>.</summary>
    Ended = 4,

    /// <summary>The region took the invitation back before it was answered.</summary>
    Withdrawn = 5,
}
