using System.Net;
using AngleSharp;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Circulair.TestKit;

/// <summary>
/// Drives the app the way a browser without JavaScript does: GET a page, fill in its form, submit it with
/// every hidden field (antiforgery token included), and read the HTML that comes back with AngleSharp.
/// </summary>
public sealed class AppClient(HttpClient http) : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Http { get; } = http;

    public async Task<Page> GetAsync(string url)
    {
        using var response = await Http.GetAsync(url);
        return await Page.FromAsync(response, url);
    }

    /// <summary>GETs a page and fails unless it answers 200.</summary>
    public async Task<Page> OpenAsync(string url)
    {
        var page = await GetAsync(url);
        if (page.Status != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {url} answered {(int)page.Status} {page.Location}");
        }
        return page;
    }

    /// <summary>
    /// Submits a form of <paramref name="page"/> (the first one matching <paramref name="formSelector"/>) with the
    /// given field values replacing what the form holds for those names. A value of null removes the field.
    /// <paramref name="submitter"/> selects the button that was pressed, for forms with several (inside the form, or
    /// outside it with a <c>form</c> attribute naming it).
    /// </summary>
    public async Task<Page> SubmitAsync(Page page, string formSelector, IDictionary<string, string?> values, string? submitter = null)
    {
        var form = page.Document.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {page.Url}.");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && input.Type is not ("submit" or "button" or "image"):
                    if (input.Type is "checkbox" or "radio" ? input.IsChecked : true)
                    {
                        fields.Add(new(input.Name!, input.Value));
                    }
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    fields.Add(new(area.Name!, area.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    foreach (var option in select.Options.Where(o => o.IsSelected))
                    {
                        fields.Add(new(select.Name!, option.Value));
                    }
                    break;
            }
        }
        foreach (var (name, value) in values)
        {
            fields.RemoveAll(f => f.Key == name);
            if (value is not null)
            {
                fields.Add(new(name, value));
            }
        }
        if (submitter is not null)
        {
            // The pressed button may sit inside the form or elsewhere on the page with form="…" naming it.
            var button = (form.QuerySelector(submitter) as IHtmlButtonElement
                ?? page.Document.QuerySelectorAll(submitter).OfType<IHtmlButtonElement>().FirstOrDefault(b => b.GetAttribute("form") is { Length: > 0 } id && id == form.Id))
                ?? throw new InvalidOperationException($"No button '{submitter}' in form '{formSelector}'.");
            if (!string.IsNullOrEmpty(button.Name))
            {
                fields.Add(new(button.Name!, button.Value));
            }
            if (button.HasAttribute("formaction"))
            {
                return await PostAsync(button.GetAttribute("formaction")!, fields, page.Url);
            }
        }
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : page.Url;
        return await PostAsync(action, fields, page.Url);
    }

    public Task<Page> SubmitAsync(Page page, IDictionary<string, string?> values) => SubmitAsync(page, "main form[method=post]", values);

    /// <summary>
    /// Submits a multipart form of <paramref name="page"/> with one file, the way a browser uploads: every hidden
    /// field (antiforgery token included) plus <paramref name="fileField"/> holding <paramref name="content"/>.
    /// </summary>
    public async Task<Page> UploadAsync(Page page, string formSelector, string fileField, string fileName, byte[] content, string contentType = "application/octet-stream")
    {
        var form = page.Document.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {page.Url}.");
        using var body = new MultipartFormDataContent();
        foreach (var input in form.Elements.OfType<IHtmlInputElement>().Where(i => !string.IsNullOrEmpty(i.Name) && i.Type is not ("file" or "submit" or "button")))
        {
            body.Add(new StringContent(input.Value), input.Name!);
        }
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        body.Add(file, fileField, fileName);
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : page.Url;
        using var request = new HttpRequestMessage(HttpMethod.Post, action) { Content = body };
        using var response = await Http.SendAsync(request);
        return await Page.FromAsync(response, action);
    }

    /// <summary>
    /// Submits a multipart form the way a browser does: every field of the form (as <see cref="SubmitAsync(Page, string, IDictionary{string, string?}, string?)"/>
    /// collects them, with <paramref name="values"/> replacing them) plus, when <paramref name="content"/> is given, one file.
    /// </summary>
    public async Task<Page> SubmitWithFileAsync(Page page, string formSelector, IDictionary<string, string?> values, string fileField, string? fileName, byte[]? content, string contentType = "application/octet-stream")
    {
        var form = page.Document.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {page.Url}.");
        using var body = new MultipartFormDataContent();
        foreach (var element in form.Elements)
        {
            var (name, value) = element switch
            {
                IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && input.Type is not ("submit" or "button" or "image" or "file")
                    && (input.Type is not ("checkbox" or "radio") || input.IsChecked) => (input.Name, input.Value),
                IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name) => (area.Name, area.Value),
                IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name) => (select.Name, select.Options.FirstOrDefault(o => o.IsSelected)?.Value ?? ""),
                _ => ((string?)null, (string?)null),
            };
            if (name is not null && !values.ContainsKey(name))
            {
                body.Add(new StringContent(value ?? ""), name);
            }
        }
        foreach (var (name, value) in values)
        {
            if (value is not null)
            {
                body.Add(new StringContent(value), name);
            }
        }
        if (content is not null)
        {
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
            body.Add(file, fileField, fileName ?? "bestand");
        }
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : page.Url;
        using var request = new HttpRequestMessage(HttpMethod.Post, action) { Content = body };
        using var response = await Http.SendAsync(request);
        return await Page.FromAsync(response, action);
    }

    /// <summary>Posts raw form fields (for tests that forge requests); add the antiforgery token with <see cref="Page.AntiforgeryToken"/>.</summary>
    public async Task<Page> PostAsync(string url, IEnumerable<KeyValuePair<string, string>> fields, string? referrer = null)
    {
        using var content = new FormUrlEncodedContent(fields);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        using var response = await Http.SendAsync(request);
        return await Page.FromAsync(response, url);
    }

    public void Dispose() => Http.Dispose();

    internal static IHtmlDocument Parse(string html) => Parser.ParseDocument(html);
}

/// <summary>A response as the test sees it: status, redirect target and the parsed HTML.</summary>
public sealed class Page
{
    private Page(string url, HttpStatusCode status, string? location, string html, string? contentType, byte[] bytes, IReadOnlyDictionary<string, string> headers)
    {
        Url = url;
        Status = status;
        Location = location;
        Html = html;
        ContentType = contentType;
        Bytes = bytes;
        Headers = headers;
        Document = AppClient.Parse(html);
    }

    public string Url { get; }
    public HttpStatusCode Status { get; }
    public string? Location { get; }
    public string Html { get; }
    public string? ContentType { get; }
    public byte[] Bytes { get; }
    public IReadOnlyDictionary<string, string> Headers { get; }
    public IHtmlDocument Document { get; }

    public string Title => Document.Title ?? "";

    public string AntiforgeryToken =>
        Document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
        ?? throw new InvalidOperationException($"No antiforgery token on {Url}.");

    /// <summary>Texts of the error summary's entries (empty when the page has none).</summary>
    public IReadOnlyList<string> ErrorSummary =>
        [.. Document.QuerySelectorAll(".cx-error-summary__list li").Select(li => li.TextContent.Trim())];

    /// <summary>The message shown at one field (by the control's id), or null.</summary>
    public string? FieldError(string id) =>
        Document.QuerySelector($"#{id}-error")?.TextContent.Replace("Fout:", "", StringComparison.Ordinal).Replace("Error:", "", StringComparison.Ordinal).Trim();

    /// <summary>The current value of a control as the page renders it.</summary>
    public string? ValueOf(string id) => Document.GetElementById(id) switch
    {
        IHtmlInputElement i => i.Value,
        IHtmlTextAreaElement t => t.Value,
        IHtmlSelectElement s => s.Value,
        _ => null,
    };

    public string Text(string selector) => Document.QuerySelector(selector)?.TextContent.Trim()
        ?? throw new InvalidOperationException($"Nothing matches '{selector}' on {Url}.");

    public string MainText => Document.QuerySelector("main")?.TextContent ?? "";

    internal static async Task<Page> FromAsync(HttpResponseMessage response, string url)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var type = response.Content.Headers.ContentType?.MediaType;
        var html = type is "text/html" or null ? System.Text.Encoding.UTF8.GetString(bytes) : "";
        var headers = response.Headers.Concat(response.Content.Headers).ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
        return new Page(url, response.StatusCode, response.Headers.Location?.OriginalString, html, type, bytes, headers);
    }
}
