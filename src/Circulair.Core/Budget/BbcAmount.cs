using Circulair.Persistence;

namespace Circulair.Budget;

/// <summary>The amount (euros) the meerjarenplan holds for one code in one year.</summary>
public sealed class BbcAmount : IOrganisationScoped
{
    private BbcAmount() { }

    internal BbcAmount(BbcEntry entry, int year, decimal amount)
    {
        if (year is < BudgetRules.MinYear or > BudgetRules.MaxYear)
        {
            throw new DomainException("Budget.Error.YearRange", BudgetRules.MinYear, BudgetRules.MaxYear);
        }
        BudgetRules.EnsureAmount(amount);
        OrganisationId = entry.OrganisationId;
        Entry = entry;
        Year = year;
        Amount = amount;
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int BbcEntryId { get; private set; }
    public BbcEntry Entry { get; private set; } = null!;
    public int Year { get; private set; }
    public decimal Amount { get; private set; }
}
