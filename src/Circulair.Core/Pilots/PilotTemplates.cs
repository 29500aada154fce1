using Circulair.Reference;

namespace Circulair.Pilots;

/// <summary>What a template pre-fills: a short description, the usual partners, a first persona and a value-proposition sketch.</summary>
public sealed record PilotTemplateText(PilotTemplate Template, LocalText Name, LocalText Description, LocalText Partners, LocalText Persona, LocalText ValueProposition);

/// <summary>
/// The nine pilot templates (Figure 12 of "Lokale besturen en de circulaire economie in Vlaanderen", 2024, chapter 6),
/// shipped as data (Reference/Data/pilot_templates.csv). The names are the guide's; the texts are our own.
/// </summary>
public static class PilotTemplates
{
    private static readonly Lazy<IReadOnlyList<PilotTemplateText>> Shared = new(() => MunicipalityRegistry.ReadCsv("pilot_templates.csv")
        .Select(r => new PilotTemplateText(
            Enum.Parse<PilotTemplate>(r["code"]),
            new LocalText(r["name_nl"], r["name_en"]),
            new LocalText(r["description_nl"], r["description_en"]),
            new LocalText(r["partners_nl"], r["partners_en"]),
            new LocalText(r["persona_nl"], r["persona_en"]),
            new LocalText(r["value_nl"], r["value_en"])))
        .OrderBy(t => t.Template)
        .ToList());

    public static IReadOnlyList<PilotTemplateText> All => Shared.Value;

    public static PilotTemplateText? Find(PilotTemplate? template) => All.FirstOrDefault(t => t.Template == template);
}
