using System.ComponentModel.DataAnnotations;
using Circulair.Library;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Features.Strategy;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Library;

public enum CloneKind
{
    Idea = 1,
    Action = 2,
}

/// <summary>
/// "Clone into my plan" (issue 18, item 2): a library case becomes an idea in the strategy's backlog (technique
/// <i>analogiedenken</i>) or a draft action whose Tool 7 sheet is filled in from the case. Both keep the case's key as
/// their lineage. Cloning the same case again is allowed; the copy says which copy it is.
/// </summary>
[OrganisationAccess(Read = OrganisationRole.Teamlid)]
public sealed class CloneModel(CirculairDbContext db, CurrentOrganisation current, KnowledgeLibrary library, Text t, TimeProvider clock) : StrategyPageModel(db, current)
{
    [FromRoute]
    public string CaseKey { get; set; } = "";

    [BindProperty]
    public CloneInput Input { get; set; } = new();

    public LibraryCase Case { get; private set; } = null!;

    /// <summary>How many times the case was cloned into this strategy already.</summary>
    public int EarlierCopies { get; private set; }

    public IReadOnlyList<SelectListItem> KindItems { get; private set; } = [];

    public sealed class CloneInput
    {
        [Display(Name = "Library.Clone.Kind")]
        public CloneKind? Kind { get; set; }

        [Display(Name = "Field.PlannedAction.Number")]
        [StringLength(ActionNumbering.MaxLength, ErrorMessage = "Shared.Validation.TooLong")]
        public string? Number { get; set; }

        [Display(Name = "Field.PlannedAction.Title")]
        [StringLength(PlannedAction.TitleMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
        public string? Title { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        var numbers = await Db.PlannedActions.InOrganisation(Org.Id).Where(a => a.TrajectoryId == TrajectoryId).Select(a => a.Number).ToListAsync(ct);
        Input = new CloneInput { Kind = CloneKind.Idea, Number = ActionNumbering.Next(numbers), Title = Case.Title.ToString() };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        if (Input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            ModelState.AddModelError("Input.Kind", t["Library.Clone.KindRequired"]);
            return Page();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var clone = new CloneCase(Db, t);
        if (kind == CloneKind.Idea)
        {
            if (string.IsNullOrWhiteSpace(Input.Title))
            {
                ModelState.AddModelError("Input.Title", t["Library.Clone.TitleRequired"]);
            }
            if (!ModelState.IsValid)
            {
                return Page();
            }
            var idea = await clone.ToIdeaAsync(Org.Id, TrajectoryId, Case, Input.Title!, now, ct);
            await Db.SaveChangesAsync(ct);
            TempData["Flash"] = idea.SourceCaseCopy == 1 ? "Library.Clone.DoneIdea" : "Library.Clone.DoneIdeaCopy";
            return Redirect(Link("/ideas") + $"#idea-{idea.Id}");
        }
        var input = new Circulair.Web.Features.Strategy.Actions.ActionInput { Number = Input.Number, Title = Input.Title, Status = ActionStatus.Idee };
        var people = await StrategyPeople.LoadAsync(Db, Org.Id, ct);
        var details = await Circulair.Web.Features.Strategy.Actions.ActionChecks.ValidateAsync(input, ModelState, Db, Org.Id, TrajectoryId, null, [], people, t, ct);
        if (details is null || !ModelState.IsValid)
        {
            return Page();
        }
        var action = await clone.ToActionAsync(Org.Id, TrajectoryId, Case, details, now, ct);
        await Db.SaveChangesAsync(ct);
        TempData["Flash"] = action.SourceCaseCopy == 1 ? "Library.Clone.DoneAction" : "Library.Clone.DoneActionCopy";
        return Redirect(Link($"/actions/{action.Id}"));
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!await LoadStrategyAsync(ct) || library.Cases.Find(CaseKey) is not { } found)
        {
            return false;
        }
        Case = found;
        EarlierCopies = await new CloneCase(Db, t).CopiesAsync(Org.Id, TrajectoryId, found.Key, ct);
        KindItems = [new(t["Library.Clone.KindIdea"], CloneKind.Idea.ToString()), new(t["Library.Clone.KindAction"], CloneKind.Action.ToString())];
        ViewData["KindItems"] = KindItems;
        return true;
    }
}
