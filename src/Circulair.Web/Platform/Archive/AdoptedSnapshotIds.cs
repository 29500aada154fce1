using System.Text.Json.Nodes;
using Circulair.Stakeholders;
using Circulair.Strategy;

namespace Circulair.Web.Platform.Archive;

/// <summary>
/// The adopted strategy (<c>AdoptedVersion.SnapshotJson</c>) names goals, lines, actions, stakeholders and accounts by
/// id, and "changes since the adopted version" matches current actions to it by id; an import rewrites those ids
/// through the same map as the columns. Ids the map does not know (rows deleted since the adoption) are kept.
/// </summary>
public static class AdoptedSnapshotIds
{
    /// <param name="map">Old id of a row of the type → its new id, or null when unknown. The type is <see cref="Accounts.AppUser"/> for accounts.</param>
    public static string Rewrite(string json, Func<Type, long, long?> map)
    {
        if (JsonNode.Parse(json) is not JsonObject root)
        {
            return json;
        }
        foreach (var goal in Objects(root["goals"]))
        {
            Map(goal, "id", typeof(StrategyGoal), map);
            foreach (var line in Objects(goal["lines"]))
            {
                Map(line, "id", typeof(ActionLine), map);
                foreach (var action in Objects(line["actions"]))
                {
                    RewriteAction(action, map);
                }
            }
        }
        foreach (var action in Objects(root["unplaced"]))
        {
            RewriteAction(action, map);
        }
        return root.ToJsonString();
    }

    private static void RewriteAction(JsonObject action, Func<Type, long, long?> map)
    {
        Map(action, "id", typeof(PlannedAction), map);
        Map(action, "ownerStakeholderId", typeof(Stakeholder), map);
        Map(action, "ownerUserId", typeof(Accounts.AppUser), map, clearWhenUnknown: true);
        if (action["sheet"] is JsonObject sheet)
        {
            foreach (var partner in Objects(sheet["partners"]))
            {
                Map(partner, "stakeholderId", typeof(Stakeholder), map);
            }
        }
    }

    private static IEnumerable<JsonObject> Objects(JsonNode? node) => node is JsonArray array ? array.OfType<JsonObject>() : [];

    private static void Map(JsonObject owner, string property, Type type, Func<Type, long, long?> map, bool clearWhenUnknown = false)
    {
        if (owner[property] is JsonValue value && value.TryGetValue<long>(out var old))
        {
            var mapped = map(type, old);
            owner[property] = mapped is { } id ? JsonValue.Create(id) : clearWhenUnknown ? null : JsonValue.Create(old);
        }
    }
}
