using System.Globalization;
using Circulair.Library;
using Circulair.Library.Sharing;
using Circulair.Monitoring;
using Circulair.Pilots;
using Circulair.Strategy;
using Circulair.Web.Features.Monitoring;
using Circulair.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Circulair.Web.Features.Library.Sharing;

/// <summary>Labels of the shared library: kinds, statuses, and each snapshot field under the label its source form uses.</summary>
public static class SharingLabels
{
    public static string Kind(Text t, SharedItemKind kind) => t[$"Sharing.Kind.{kind}"];

    public static string Status(Text t, SharedItemStatus status) => t[$"Sharing.Status.{status}"];

    /// <summary>The field's label: the audited-field label of its source entity where there is one, else our own.</summary>
    public static string Field(Text t, SharedItemKind kind, string name)
    {
        var entity = kind switch
        {
            SharedItemKind.Action => nameof(PlannedAction),
            SharedItemKind.Pilot => nameof(Pilot),
            _ => nameof(Indicator),
        };
        var key = $"Field.{entity}.{name}";
        return CirculairLocalizer.Find(key, CultureInfo.CurrentUICulture) is not null ? t[key] : t[$"Sharing.Field.{name}"];
    }

    /// <summary>A field's value as shown: enum names through their labels, text as written.</summary>
    public static string Value(Text t, SnapshotField field) => field.Name switch
    {
        "Size" when Enum.TryParse<ActionSize>(field.Value, out var v) => t.Enum(v),
        "Template" when Enum.TryParse<PilotTemplate>(field.Value, out var v) => Circulair.Web.Features.Pilots.PilotLabels.Template(v),
        "Step" when Enum.TryParse<PilotStep>(field.Value, out var v) => Circulair.Web.Features.Pilots.PilotLabels.Step(t, v),
        "Level" when Enum.TryParse<IndicatorLevel>(field.Value, out var v) => MonitoringLabels.Of(t, v),
        "Direction" when Enum.TryParse<IndicatorDirection>(field.Value, out var v) => MonitoringLabels.Of(t, v),
        "Instrument" when Enum.TryParse<MeasurementInstrument>(field.Value, out var v) => MonitoringLabels.Of(t, v),
        "Frequency" when Enum.TryParse<MeasurementFrequency>(field.Value, out var v) => MonitoringLabels.Of(t, v),
        _ => field.Value,
    };

    public static List<SelectListItem> KindItems(Text t, SharedItemKind? selected) =>
        [new(t["Library.Filter.All"], ""), .. Enum.GetValues<SharedItemKind>().Select(k => new SelectListItem(Kind(t, k), k.ToString().ToLowerInvariant(), k == selected))];

    /// <summary>R-ladder choices for a form: "not set" first.</summary>
    public static List<SelectListItem> RFormItems(Text t) =>
        [new(t["Sharing.Profile.NotSet"], ""), .. Circulair.Reference.RLadder.All.Select(r => new SelectListItem($"{r.Code} {r.Name}", r.Code))];

    /// <summary>Value-chain choices for a form: "not set" first.</summary>
    public static List<SelectListItem> ChainFormItems(Text t) =>
        [new(t["Sharing.Profile.NotSet"], ""), .. Enum.GetValues<ValueChainStep>().Select(s => new SelectListItem(CaseLabels.Chain(t, s), s.ToString()))];
}
