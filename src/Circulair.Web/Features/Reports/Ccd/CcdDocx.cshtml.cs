using Circulair.Persistence;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;

namespace Circulair.Web.Features.Reports.Ccd;

/// <summary>The CCD report as a Word document.</summary>
public sealed class CcdDocxModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock) : CcdFileModel(db, current, t, clock)
{
    protected override string Format => "docx";
}
