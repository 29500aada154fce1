namespace Circulair.Web.Platform.Forms;

/// <summary>The arithmetic of a numbered pager: how many pages, which page numbers to show.</summary>
public static class Pagination
{
    public static int PageCount(int items, int pageSize) => Math.Max(1, (items + pageSize - 1) / pageSize);

    /// <summary>The page numbers a pager shows: the first, the last and two on either side of the current one; null is a gap.</summary>
    public static IReadOnlyList<int?> Numbers(int current, int pageCount)
    {
        var shown = Enumerable.Range(1, pageCount).Where(n => n == 1 || n == pageCount || Math.Abs(n - current) <= 2).ToList();
        var list = new List<int?>();
        for (var i = 0; i < shown.Count; i++)
        {
            if (i > 0 && shown[i] - shown[i - 1] == 2)
            {
                list.Add(shown[i] - 1);
            }
            else if (i > 0 && shown[i] - shown[i - 1] > 2)
            {
                list.Add(null);
            }
            list.Add(shown[i]);
        }
        return list;
    }
}
