using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CentcomTracker.Web.Accounts;
using CentcomTracker.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CentcomTracker.Tests.Web;

/// <summary>
/// A client that behaves like a browser for forms: keeps cookies, does not follow redirects on its own (tests assert
/// them), and submits a page's real form with every field it holds — the antiforgery token included.
/// </summary>
public static class Browser
{
    public const string AntiforgeryField = "__RequestVerificationToken";

    /// <summary>A password that passes the account rules (12+ characters, mixed case, digit, symbol).</summary>
    public const string GoodPassword = "Correct-Horse-9-Battery";

    public static HttpClient CreateBrowser(this TrackerFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>
    /// Submits <paramref name="form"/> as a browser would: the given values typed into its fields (by name), then
    /// AngleSharp's own form submission, the antiforgery token included. A value for a field the form lacks, or a
    /// choice its list does not offer, makes it a forged post, built by hand from the form's fields.
    /// </summary>
    public static Task<HttpResponseMessage> SubmitAsync(this HttpClient client, IHtmlFormElement form,
        IReadOnlyDictionary<string, string>? values = null, bool withoutAntiforgeryToken = false)
    {
        values ??= new Dictionary<string, string>();
        if (withoutAntiforgeryToken || !values.All(v => TryType(form, v.Key, v.Value)))
        {
            return PostForgedAsync(client, form, values, withoutAntiforgeryToken);
        }

        var submission = form.GetSubmission() ?? throw new Xunit.Sdk.XunitException("The form cannot be submitted");
        var content = new StreamContent(submission.Body);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(submission.Headers["Content-Type"]);
        return client.PostAsync(new Uri(submission.Target.Href).PathAndQuery, content);
    }

    /// <summary>Types <paramref name="value"/> into the field <paramref name="name"/>: false when the form has no such field or choice.</summary>
    private static bool TryType(IHtmlFormElement form, string name, string value)
    {
        var fields = form.Elements.Where(e => e.GetAttribute("name") == name && !e.HasAttribute("disabled")).ToList();
        switch (fields.FirstOrDefault())
        {
            case IHtmlInputElement { Type: "radio" or "checkbox" }:
                var boxes = fields.OfType<IHtmlInputElement>().Where(b => b.Type is "radio" or "checkbox").ToList();
                boxes.ForEach(b => b.IsChecked = b.Value == value);
                return boxes.Any(b => b.IsChecked);
            case IHtmlInputElement input:
                input.Value = value;
                return true;
            case IHtmlTextAreaElement textarea:
                textarea.Value = value;
                return true;
            case IHtmlSelectElement select when select.Options.Any(o => o.Value == value):
                select.Value = value;
                return true;
            default:
                return false;
        }
    }

    /// <summary>A post made by hand: the form's fields, with the given values over them or added, as a forger would.</summary>
    private static Task<HttpResponseMessage> PostForgedAsync(HttpClient client, IHtmlFormElement form,
        IReadOnlyDictionary<string, string> values, bool withoutAntiforgeryToken)
    {
        var fields = FormFields(form);
        foreach (var (name, value) in values)
        {
            var at = fields.FindIndex(f => f.Key == name);
            if (at >= 0) fields[at] = new(name, value);
            else fields.Add(new(name, value));
        }

        if (withoutAntiforgeryToken)
        {
            fields.RemoveAll(f => f.Key == AntiforgeryField);
        }

        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? form.BaseUri : form.Action;
        var target = new Uri(new Uri(form.BaseUri), action);
        return client.PostAsync(target.PathAndQuery, new FormUrlEncodedContent(fields));
    }

    /// <summary>The successful controls of a form, in document order (HTML's "constructing the entry list", without files).</summary>
    public static List<KeyValuePair<string, string>> FormFields(IHtmlFormElement form)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || element.HasAttribute("disabled")) continue;
            switch (element)
            {
                case IHtmlInputElement { Type: "submit" or "button" or "reset" or "image" or "file" }:
                    break;
                case IHtmlInputElement { Type: "radio" or "checkbox" } box:
                    if (box.IsChecked) fields.Add(new(name, box.GetAttribute("value") ?? "on"));
                    break;
                case IHtmlInputElement input:
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlTextAreaElement textarea:
                    fields.Add(new(name, textarea.Value));
                    break;
                case IHtmlSelectElement select:
                    var chosen = select.Options.Where(o => o.IsSelected).ToList();
                    if (chosen.Count == 0 && select.Options.Length > 0) chosen.Add(select.Options[0]!);
                    fields.AddRange(chosen.Select(o => new KeyValuePair<string, string>(name, o.Value)));
                    break;
            }
        }

        return fields;
    }

    /// <summary>The page's main form (the layout's sign-out form is outside &lt;main&gt;).</summary>
    public static IHtmlFormElement MainForm(this IHtmlDocument page) =>
        page.QuerySelector<IHtmlFormElement>("main form[method=post]") ?? throw new Xunit.Sdk.XunitException($"No form on {page.Url}:\n{Html.Excerpt(page.Body!.OuterHtml)}");

    /// <summary>Asserts a redirect (post/redirect/get) and returns where it points.</summary>
    public static string AssertRedirect(this HttpResponseMessage response, string? startsWith = null)
    {
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther or HttpStatusCode.Found,
            $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} returned {(int)response.StatusCode}, expected a redirect:\n{Html.Excerpt(response.Content.ReadAsStringAsync().Result)}");
        // The cookie handler sends absolute addresses on this host; pages send paths. Compare paths.
        var header = response.Headers.Location!;
        var location = header.IsAbsoluteUri && header.Host == "localhost" ? header.PathAndQuery : header.OriginalString;
        if (startsWith is not null)
        {
            Assert.StartsWith(startsWith, location, StringComparison.OrdinalIgnoreCase);
        }

        return location;
    }

    public static async Task<IHtmlDocument> FollowAsync(this HttpClient client, HttpResponseMessage redirect, int expectedStatus = 200) =>
        await client.GetDocumentAsync(redirect.AssertRedirect(), expectedStatus);

    /// <summary>The validation message rendered next to the field <paramref name="key"/> (empty when none).</summary>
    public static string ErrorFor(this IHtmlDocument page, string key) =>
        page.QuerySelector($"[data-valmsg-for=\"{key}\"]")?.Text() ?? throw new Xunit.Sdk.XunitException($"No message element for {key}");

    public static string Summary(this IHtmlDocument page) => page.QuerySelector("main .validation-summary-errors")?.Text() ?? "";

    public static string FieldValue(this IHtmlDocument page, string name) => page.QuerySelector($"[name=\"{name}\"]") switch
    {
        IHtmlInputElement input => input.Value,
        IHtmlTextAreaElement textarea => textarea.Value,
        IHtmlSelectElement select => select.Value ?? "",
        _ => throw new Xunit.Sdk.XunitException($"No field {name} on the page"),
    };

    /// <summary>Creates an account straight in the test host's database (roles as given; none = an analyst).</summary>
    public static async Task CreateUserAsync(this TrackerFactory factory, string email, params string[] roles)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
        var created = await users.CreateAsync(user, GoodPassword);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        foreach (var role in roles)
        {
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        }
    }

    /// <summary>Posts the real sign-in form.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password, string? returnUrl = null)
    {
        var page = await client.GetDocumentAsync("/account/login" + (returnUrl is null ? "" : "?returnUrl=" + Uri.EscapeDataString(returnUrl)));
        return await client.SubmitAsync(page.MainForm(), new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
    }

    /// <summary>A browser signed in as a new account with <paramref name="roles"/> (default: an editor).</summary>
    public static async Task<HttpClient> SignInAsync(this TrackerFactory factory, string email, params string[] roles)
    {
        await factory.CreateUserAsync(email, roles.Length == 0 ? [Roles.Editor] : roles);
        var client = factory.CreateBrowser();
        (await client.SignInAsync(email, GoodPassword)).AssertRedirect("/");
        return client;
    }

    /// <summary>A fresh address, for tests that share one host.</summary>
    public static string NewEditorEmail() => $"editor-{Guid.NewGuid():N}@example.org";

    /// <summary>An analyst: signed in, but with no role.</summary>
    public static async Task<HttpClient> SignInAsAnalystAsync(this TrackerFactory factory, string email)
    {
        await factory.CreateUserAsync(email);
        var client = factory.CreateBrowser();
        (await client.SignInAsync(email, GoodPassword)).AssertRedirect("/");
        return client;
    }

    public static async Task<T> QueryAsync<T>(this TrackerFactory factory, Func<TrackerDbContext, Task<T>> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<TrackerDbContext>());
    }

    /// <summary>Row counts of what editors write, to show a refused change left the database as it was.</summary>
    public static Task<(int Figures, int Sources, int Audit)> CountsAsync(this TrackerFactory factory) =>
        factory.QueryAsync(async db => (await db.Figures.CountAsync(), await db.Sources.CountAsync(), await db.AuditEntries.CountAsync()));
}
