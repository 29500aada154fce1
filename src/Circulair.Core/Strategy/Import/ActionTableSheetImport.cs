using Circulair.Imports;
using Circulair.Stakeholders.Import;

namespace Circulair.Strategy.Import;

/// <summary>What the action table's import compares a sheet against, loaded once per check.</summary>
public sealed record ActionImportContext(ActionImportVocabulary Vocabulary, IReadOnlyList<ExistingAction> Existing, IReadOnlyList<ExistingLine> Lines, IReadOnlyList<ExistingOwner> Owners);

/// <summary>The action table's import as the checked-import kernel sees it (rules: <see cref="ActionTableImport"/>).</summary>
public sealed class ActionTableSheetImport : ICheckedImport<ActionImportContext, ActionImportPlan>
{
    public static readonly ActionTableSheetImport Instance = new();

    public ActionImportPlan Check(SheetContent sheet, ActionImportContext context) =>
        ActionTableImport.Check(sheet, context.Vocabulary, context.Existing, context.Lines, context.Owners);
}
