using Circulair.Imports;
using Circulair.Stakeholders.Import;

namespace Circulair.Initiatives.Import;

/// <summary>What the inventory's import compares a sheet against, loaded once per check.</summary>
public sealed record InitiativeImportContext(InitiativeVocabulary Vocabulary, IReadOnlyList<ExistingInitiative> Existing, IReadOnlyList<KnownStakeholder> Stakeholders);

/// <summary>The inventory's import as the checked-import kernel sees it (rules: <see cref="InitiativeImport"/>).</summary>
public sealed class InitiativeSheetImport : ICheckedImport<InitiativeImportContext, InitiativeImportPlan>
{
    public static readonly InitiativeSheetImport Instance = new();

    public InitiativeImportPlan Check(SheetContent sheet, InitiativeImportContext context) =>
        InitiativeImport.Check(sheet, context.Vocabulary, context.Existing, context.Stakeholders);
}
