using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.OpenXml;

namespace Circulair.Web.Features.Help;

/// <summary>
/// The handbook: every help text in one document, phase by phase with each phase's tools, in the reader's language.
/// The HTML page and the Word file are built from the same entries, so they never drift apart.
/// </summary>
public static class Handbook
{
    public static DocumentModel Document(string language, Text t)
    {
        var blocks = new List<DocumentBlock> { new ParagraphBlock(t["Help.Handbook.Intro"]) };
        foreach (var (phase, tools) in HelpCatalog.ByPhase(language))
        {
            blocks.Add(new HeadingBlock(1, phase.Title));
            Entry(blocks, phase, t);
            foreach (var tool in tools)
            {
                blocks.Add(new HeadingBlock(2, tool.Title));
                Entry(blocks, tool, t);
            }
        }
        return new DocumentModel(t["Help.Handbook.Title"], language == HelpCatalog.English ? "en" : "nl-BE", blocks);
    }

    public static string FileName(Text t) => t["Help.Handbook.FileName"] + ".docx";

    private static void Entry(List<DocumentBlock> blocks, HelpEntry entry, Text t)
    {
        blocks.Add(new ParagraphBlock(entry.Summary));
        void Part(string key, string text)
        {
            blocks.Add(new HeadingBlock(3, t[key]));
            blocks.Add(new ParagraphBlock(text));
        }
        Part("Help.Part.Purpose", entry.Purpose);
        Part("Help.Part.When", entry.When);
        Part("Help.Part.Who", entry.Who);
        Part("Help.Part.Workshop", entry.Activities.Count == 0 ? entry.Workshop
            : entry.Workshop + "\n" + t["Help.Part.Activities", string.Join(", ", entry.Activities.Select(a => t[$"Enum.ActivityKind.{a}"].Value))]);
        Part("Help.Part.Good", entry.Good);
        blocks.Add(new ParagraphBlock(t["Help.Part.Source"] + ": " + entry.Source, Quiet: true));
    }
}
