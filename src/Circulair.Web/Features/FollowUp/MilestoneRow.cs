namespace Circulair.Web.Features.FollowUp;

/// <summary>One milestone of an action as the follow-up shows it (<see cref="UpdatesModel.BuildView"/>).</summary>
public sealed record MilestoneRow(int Id, DateOnly? Date, string Description, bool Done, DateOnly? DoneOn);
