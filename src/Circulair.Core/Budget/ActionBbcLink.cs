using Circulair.Audit;
using Circulair.Persistence;
using Circulair.Strategy;

namespace Circulair.Budget;

/// <summary>
/// The code of the meerjarenplan an action is budgeted under (any level: a policy objective, action plan or action).
/// Kept as the code's text, so re-importing the plan keeps the link; a code the plan no longer holds is shown as such.
/// </summary>
public sealed class ActionBbcLink : IOrganisationScoped
{
    private ActionBbcLink()
    {
        Code = "";
        CodeKey = "";
    }

    public ActionBbcLink(PlannedAction action, string code)
    {
        OrganisationId = action.OrganisationId;
        PlannedActionId = action.Id;
        Code = "";
        CodeKey = "";
        Point(code);
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int PlannedActionId { get; private set; }
    public string Code { get; private set; }

    [NotAudited]
    public string CodeKey { get; private set; }

    public void Point(string code)
    {
        Code = StrategyText.Clean(code, BbcEntry.CodeMaxLength) ?? throw new DomainException("Budget.Error.CodeRequired");
        CodeKey = BbcEntry.Key(Code);
    }
}
