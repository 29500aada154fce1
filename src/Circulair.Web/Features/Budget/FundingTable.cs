namespace Circulair.Web.Features.Budget;

/// <summary>What the funding table shows: the applications, how to name and link their action (null: one action), and where "edit" goes (null: no edit links).</summary>
public sealed record FundingTable(IReadOnlyList<FundingRow> Rows, Func<int, string>? ActionLabel, Func<int, string>? ActionLink, Func<int, string>? EditLink);
