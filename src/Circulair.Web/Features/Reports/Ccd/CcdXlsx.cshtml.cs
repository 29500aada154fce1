using Circulair.Persistence;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;

namespace Circulair.Web.Features.Reports.Ccd;

/// <summary>The CCD report as a workbook: a sheet of sentences per section and a sheet per table.</summary>
public sealed class CcdXlsxModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock) : CcdFileModel(db, current, t, clock)
{
    protected override string Format => "xlsx";
}
