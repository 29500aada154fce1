using Circulair.Audit;
using Circulair.Persistence;
using Circulair.Strategy;

namespace Circulair.Budget;

/// <summary>
/// One code of the organisation's meerjarenplan (multi-year plan): a policy objective, action plan or action, its
/// title, the code it falls under and the amounts the plan holds for it per year. The plan is replaced as a whole by
/// an import (decision 0255); actions point at a code by its text (<see cref="ActionBbcLink"/>), so a new import keeps
/// the links of the codes it still holds.
/// </summary>
public sealed class BbcEntry : IOrganisationScoped
{
    public const int CodeMaxLength = 30;
    public const int TitleMaxLength = 300;

    private readonly List<BbcAmount> _amounts = [];

    private BbcEntry()
    {
        Code = "";
        CodeKey = "";
        Title = "";
    }

    public BbcEntry(int organisationId, BbcLevel level, string code, string title, string? parentCode, int position, IEnumerable<KeyValuePair<int, decimal>> amounts)
    {
        if (!Enum.IsDefined(level))
        {
            throw new DomainException("Errors.NotFound");
        }
        OrganisationId = organisationId;
        Level = level;
        Code = StrategyText.Clean(code, CodeMaxLength) ?? throw new DomainException("Budget.Error.CodeRequired");
        CodeKey = Key(Code);
        Title = StrategyText.Clean(title, TitleMaxLength) ?? throw new DomainException("Budget.Error.TitleRequired");
        ParentCode = StrategyText.Clean(parentCode, CodeMaxLength);
        Position = position;
        foreach (var (year, amount) in amounts.OrderBy(a => a.Key))
        {
            _amounts.Add(new BbcAmount(this, year, amount));
        }
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public BbcLevel Level { get; private set; }
    public string Code { get; private set; }

    /// <summary>The code without case or surrounding space: unique within the organisation's plan.</summary>
    [NotAudited]
    public string CodeKey { get; private set; }

    public string Title { get; private set; }
    public string? ParentCode { get; private set; }

    /// <summary>The entry's place in the imported file, 1 = first.</summary>
    public int Position { get; private set; }

    public IReadOnlyList<BbcAmount> Amounts => _amounts;

    /// <summary>How codes are compared: trimmed, without case.</summary>
    public static string Key(string code) => code.Trim().ToUpperInvariant();
}
