using Circulair.Imports;

namespace Circulair.Stakeholders.Import;

/// <summary>What the register's import compares a sheet against, loaded once per check.</summary>
public sealed record StakeholderImportContext(ImportVocabulary Vocabulary, IReadOnlyList<ExistingStakeholder> Existing, IReadOnlyList<ExistingGroup> Groups, DateOnly Today);

/// <summary>The register's import as the checked-import kernel sees it (rules: <see cref="StakeholderImport"/>).</summary>
public sealed class StakeholderSheetImport : ICheckedImport<StakeholderImportContext, ImportPlan>
{
    public static readonly StakeholderSheetImport Instance = new();

    public ImportPlan Check(SheetContent sheet, StakeholderImportContext context) =>
        StakeholderImport.Check(sheet, context.Vocabulary, context.Existing, context.Groups, context.Today);
}
