using Circulair.Library;
using Circulair.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Circulair.Web.Features.Library.Admin;

/// <summary>The library's row problems in words: at a form's field, or in an import preview with the column's name.</summary>
public static class LibraryProblemText
{
    /// <summary>Puts each problem at the form field of its column, naming the field (the error summary lists them).</summary>
    public static void AddTo(ModelStateDictionary state, IEnumerable<CaseRowProblem> problems, IReadOnlyDictionary<string, string> fieldOf,
        Func<string, string> label, Text t)
    {
        foreach (var problem in problems)
        {
            var property = fieldOf.TryGetValue(problem.Column, out var p) ? p : fieldOf["key"];
            var name = label(property);
            state.AddModelError("Input." + property, problem.MessageKey == "Library.Problem.Required"
                ? t["Library.Admin.Required", name]
                : t["Library.Admin.FieldProblem", name, t[problem.MessageKey].Value]);
        }
    }

    /// <summary>A problem of an import row: the column as the file names it and what is wrong with it.</summary>
    public static string InRow(CaseRowProblem problem, Text t) =>
        problem.Column.Length == 0 ? t[problem.MessageKey] : t["Library.Import.ColumnProblem", problem.Column, t[problem.MessageKey].Value];
}
