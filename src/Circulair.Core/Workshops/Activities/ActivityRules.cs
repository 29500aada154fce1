using System.Collections.Frozen;

namespace Circulair.Workshops;

/// <summary>The rules of every activity kind, found once in this assembly: each kind's class is its only registration.</summary>
public static class ActivityRules
{
    private static readonly FrozenDictionary<ActivityKind, IActivityRules> ByKind = typeof(IActivityRules).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IActivityRules).IsAssignableFrom(t))
        .Select(t => (IActivityRules)Activator.CreateInstance(t)!)
        .ToFrozenDictionary(r => r.Kind);

    public static IActivityRules For(ActivityKind kind) =>
        ByKind.TryGetValue(kind, out var rules) ? rules : throw new DomainException("Errors.NotFoundItem");

    public static IEnumerable<ActivityKind> Kinds => ByKind.Keys.Order();
}
