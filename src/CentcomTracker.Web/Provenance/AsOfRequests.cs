using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace CentcomTracker.Web.Provenance;

/// <summary>
/// <c>?asof=2024-07-16</c> or <c>?asof=v12</c> on a read view (dashboard, compare, metric pages, chart files, embeds,
/// bundles, the read API, the figures, sources and annotations lists): the request is served from a snapshot of that
/// moment. Pages given a bad value show today's data and say why (as they do for other parameters); the API answers
/// Problem Details; downloads refuse (400).
/// </summary>
public static class AsOfRequests
{
    public const string Parameter = "asof";

    /// <summary>Paths whose reads honour <c>asof</c>; writing pages and the history itself do not.</summary>
    public static bool Applies(PathString path) =>
        path == "/" || path == "/Index"
        || (new[] { "/compare", "/metrics", "/charts", "/embed", "/bundle", "/api" }.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase))
            && !path.StartsWithSegments("/api/changes", StringComparison.OrdinalIgnoreCase))
        || IsRecordRead(path, "/figures") || IsRecordRead(path, "/sources") || IsRecordRead(path, "/annotations")
        || path.Equals("/figures/export.csv", StringComparison.OrdinalIgnoreCase);

    // The lists and one figure's or source's page; not their editing pages (/figures/release, /figures/12/edit,
    // /sources/new, /annotations/new…), which always work on today's data.
    private static bool IsRecordRead(PathString path, string records) =>
        path.StartsWithSegments(records, StringComparison.OrdinalIgnoreCase, out var rest)
        && (!rest.HasValue || rest == "/" || int.TryParse(rest.Value.AsSpan(1).TrimEnd('/'), NumberStyles.None, CultureInfo.InvariantCulture, out _));

    public static IServiceCollection AddAsOf(this IServiceCollection services) => services.AddSingleton<SnapshotStore>();

    public static IApplicationBuilder UseAsOf(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        var text = request.Query[Parameter].ToString();
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) || !Applies(request.Path))
        {
            await next(context);
            return;
        }

        // The request's reading of the data (its version and latest numbered change), taken before the view reads any
        // data: a save landing while the page loads its figures makes the numbers newer, never the permalink.
        var stamp = await context.DataStampAsync();
        if (string.IsNullOrWhiteSpace(text))
        {
            await next(context);
            return;
        }

        var services = context.RequestServices;
        var today = DateOnly.FromDateTime(services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        AsOfSnapshot? snapshot = null;
        if (AsOf.TryParse(text, today, out var asOf, out var problem))
        {
            snapshot = await services.GetRequiredService<SnapshotStore>().GetAsync(asOf, stamp.Version);
            if (snapshot is null) problem = new Message("There is no data version {0}: see the list of changes.", asOf.Label);
        }

        if (problem is not null)
        {
            if (request.Path.StartsWithSegments("/api"))
            {
                await TypedResults.ValidationProblem(new Dictionary<string, string[]> { [Parameter] = [problem.ToString()] },
                    detail: problem.ToString(), title: "One or more parameters are invalid.").ExecuteAsync(context);
                return;
            }

            if (!IsPage(request.Path))
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                context.Response.ContentType = "text/plain; charset=utf-8";  // as the downloads' other refusals: the words may be Arabic
                await context.Response.WriteAsync($"Parameter \"{Parameter}\": {problem}{Environment.NewLine}");
                return;
            }

            context.Features.Set(new AsOfFeature { Problem = problem });
            await next(context);
            return;
        }

        context.Features.Set(new AsOfFeature { Snapshot = snapshot });
        await using var db = snapshot!.CreateContext();
        context.RequestServices = new SnapshotServices(services, db);
        // A page that redirects to its canonical address keeps the moment.
        context.Response.OnStarting(() =>
        {
            var location = context.Response.Headers.Location.ToString();
            if (context.Response.StatusCode is >= 300 and < 400 && location.StartsWith('/') && !location.StartsWith("//", StringComparison.Ordinal))
            {
                context.Response.Headers.Location = WithAsOf(location, snapshot.AsOf.Label);
            }

            return Task.CompletedTask;
        });
        try
        {
            await AsOfLinks.RewriteAsync(context, snapshot.AsOf.Label, () => next(context));
        }
        finally
        {
            context.RequestServices = services;
        }
    });

    /// <summary>The past moment this request shows, or null for today's data (also when a bad <c>asof</c> was explained).</summary>
    public static AsOfSnapshot? ShownMoment(this HttpContext context) => context.Features.Get<AsOfFeature>()?.Snapshot;

    private static bool IsPage(PathString path) =>
        !path.StartsWithSegments("/charts") && !path.StartsWithSegments("/embed/data") && !path.StartsWithSegments("/bundle")
        && !path.Equals("/figures/export.csv", StringComparison.OrdinalIgnoreCase);

    /// <summary>The local address with <c>asof</c> set (replacing any other value), for links that keep the moment.</summary>
    public static string WithAsOf(string url, string? label)
    {
        var hash = url.IndexOf('#');
        var fragment = hash >= 0 ? url[hash..] : "";
        var rest = hash >= 0 ? url[..hash] : url;
        var question = rest.IndexOf('?');
        var path = question >= 0 ? rest[..question] : rest;
        var query = QueryHelpers.ParseQuery(question >= 0 ? rest[question..] : "")
            .Where(q => !string.Equals(q.Key, Parameter, StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .ToList();
        if (label is not null) query.Add(new(Parameter, label));
        return path + QueryString.Create(query) + fragment;
    }
}

/// <summary>The request's services, except that the tracker's database is the snapshot (Identity and the rest stay live).</summary>
internal sealed class SnapshotServices(IServiceProvider inner, TrackerDbContext snapshot) : IServiceProvider, IKeyedServiceProvider, IServiceProviderIsService
{
    public object? GetService(Type serviceType) =>
        serviceType == typeof(TrackerDbContext) ? snapshot
        : serviceType == typeof(IServiceProvider) ? this
        : inner.GetService(serviceType);

    public object? GetKeyedService(Type serviceType, object? serviceKey) => ((IKeyedServiceProvider)inner).GetKeyedService(serviceType, serviceKey);

    public object GetRequiredKeyedService(Type serviceType, object? serviceKey) => ((IKeyedServiceProvider)inner).GetRequiredKeyedService(serviceType, serviceKey);

    public bool IsService(Type serviceType) => inner.GetService<IServiceProviderIsService>()?.IsService(serviceType) ?? false;
}
