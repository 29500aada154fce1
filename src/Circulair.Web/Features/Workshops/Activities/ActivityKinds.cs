using Circulair.Workshops;

namespace Circulair.Web.Features.Workshops.Activities;

/// <summary>The registered activity kinds, by <see cref="ActivityKind"/>, and where their views are.</summary>
public sealed class ActivityKinds(IEnumerable<IActivityKind> kinds)
{
    private readonly Dictionary<ActivityKind, IActivityKind> _byKind = kinds.ToDictionary(k => k.Kind);

    public IActivityKind For(ActivityKind kind) =>
        _byKind.TryGetValue(kind, out var found) ? found : throw new DomainException("Errors.NotFoundItem");

    public string PhoneView(ActivityKind kind) => View(kind, "_Phone");

    public string ProjectorView(ActivityKind kind) => View(kind, "_Projector");

    public string ResultsView(ActivityKind kind) => View(kind, "_Results");

    /// <summary>The kind's own control-room controls, or null when it has none.</summary>
    public string? ControlsView(ActivityKind kind) => For(kind).HasControls ? View(kind, "_Controls") : null;

    private string View(ActivityKind kind, string name) => $"~/Features/Workshops/Activities/{For(kind).Folder}/{name}.cshtml";
}
