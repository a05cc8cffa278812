using CentcomTracker.Web.Api;
using CentcomTracker.Web.Charts;
using CentcomTracker.Web.Commands;
using CentcomTracker.Web.Csv;
using CentcomTracker.Web.Data;
using Serilog;

var builder = WebApplication.CreateBuilder(CommandLine.HostArguments(args));

// Serve wwwroot (and the LibMan-restored libraries) from a build in any environment, not only Development;
// a published app has no static web assets manifest and is unaffected.
builder.WebHost.UseStaticWebAssets();

// Logging: Serilog from the "Serilog" section of appsettings.json, one line per request.
// Configured once through AddSerilog (no bootstrap logger), so several test hosts can share a process.
builder.Services.AddSerilog((services, logger) => logger
    .ReadFrom.Configuration(builder.Configuration)
    .ReadFrom.Services(services));
// A command's standard output is its result (export - > backup.csv), so its logs go to standard error.
// (Only when appsettings.json was found: run from another folder, there is no console sink to adjust.)
if (CommandLine.IsCommand(args) && builder.Configuration["Serilog:WriteTo:0:Name"] is not null)
{
    builder.Configuration["Serilog:WriteTo:0:Args:standardErrorFromLevel"] = "Verbose";
}

// Storage: EF Core on SQLite by default (App_Data/tracker.db), PostgreSQL with Database:Provider=Postgres.
builder.Services.AddTrackerDatabase(builder.Configuration, builder.Environment);
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<ResolverCache>();
// The figures are loaded as the app starts, not by the first reader; readiness waits for them and for the database.
builder.Services.AddSingleton<DashboardWarmUp>();
builder.Services.AddHostedService(services => services.GetRequiredService<DashboardWarmUp>());
builder.Services.AddHealthChecks()
    // A query, not only an open connection: a database file that opens but cannot be read is not ready.
    .AddDbContextCheck<TrackerDbContext>("database", tags: ["ready"], customTestQuery: (db, cancellationToken) => db.DataVersions.AnyAsync(cancellationToken))
    .AddCheck<DashboardWarmUp>("figures", tags: ["ready"]);

// Accounts: editors sign in (ASP.NET Core Identity, same database; sign-in rate-limited per client address).
builder.Services.AddTrackerAccounts();

// Pages, in English and Arabic; everything under Figures, Sources and Audit is editor-only unless named public.
builder.Services.AddTrackerLocalization();
builder.Services.AddRazorPages(options =>
    {
        options.Conventions.ProtectEditorPages();
        options.Conventions.AnswerOnlyHandledMethods();  // 405 for a method a page has no handler for
        options.Conventions.MarkAntiforgeryRefusals();   // so the error page can say a form expired
    })
    .AddMvcOptions(options => options.ReadRepeatedQueryParametersAsOne())  // ?a=2023&a=2022 refused, as the API does
    .AddViewLocalization()
    .AddDataAnnotationsLocalization(options =>
        options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));

// Read-only JSON API with OpenAPI at /openapi/v1.json; errors as RFC 7807 Problem Details.
builder.Services.AddTrackerApi();

// Read-only views are cached per address, language and data stamp: any write shows at once.
builder.Services.AddFiguresCache();

// HTML, JSON and CSV compressed (Brotli, else gzip) inside the output cache, so a cache hit sends stored compressed
// bytes and costs no compression. Static files come precompressed from MapStaticAssets.
builder.Services.AddTrackerCompression();

// Every request has a deadline (RequestTimeouts:Seconds, default 10): one that runs past it is cancelled and answered
// 503 (Problem Details from the API, the error page otherwise) instead of holding the server.
builder.Services.AddRequestTimeouts(options => options.DefaultPolicy = new()
{
    Timeout = TimeSpan.FromSeconds(builder.Configuration.GetValue("RequestTimeouts:Seconds", 10.0)),
    TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
});

// Provenance: ?asof= serves read views from the data as it stood then, rebuilt from the audit trail.
builder.Services.AddAsOf();

var app = builder.Build();

// Commands on the same executable (add-user, export, import, backup): run one and exit instead of serving, before
// the request pipeline and its endpoints are built, which a command never uses.
if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(app.Services, args, Console.In, Console.Out, Console.Error);
}

// Language first, so error pages re-executed below keep the language of the request that failed.
app.UseRequestLocalization();
app.UseLanguageCookies();

// Error handling: pages say what happened (exceptions and 404s alike); the API answers in Problem Details.
app.UseWhen(context => context.Request.Path.StartsWithSegments("/api"), api => api.UseExceptionHandler().UseStatusCodePages());
app.UseWhen(context => !context.Request.Path.StartsWithSegments("/api"), pages => pages
    .UseExceptionHandler("/Error")
    .UseStatusCodePagesWithReExecute("/Error"));

app.UseSecurityHeaders();
app.UseSerilogRequestLogging(options => options.GetLevel = RequestLogLevels.For);
app.UseClientAborts();  // a client hanging up is logged as such, not as a 500
app.UseRouting();
app.UseRequestTimeouts();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.UseConditionalGets(); // ETag = data version + language; 304s; public caching when the language is in the address
app.UseAsOf();            // ?asof=: read views from the data as it stood then, on a snapshot rebuilt from the audit trail
app.UseOutputCache();
app.UseResponseCompression();

app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();
var reads = app.MapGroup("").AnswerHead();  // HEAD wherever GET
reads.MapFigureExport();  // GET /figures/export.csv, public; the import is the editors' page /figures/import
reads.MapChartDownloads(); // GET /charts/{chart}.csv: each dashboard chart's table, from the same model as the chart
reads.MapDataBundles();  // GET /bundle/...zip: a view's CSV with its datapackage.json and README
reads.MapChangesFeed();  // GET /feed.atom: the numbered data versions, newest first
reads.MapTrackerApi();
// Liveness answers without touching anything; readiness (for a load balancer) reads the database. GET and HEAD only.
var readOnly = new HttpMethodMetadata(["GET", "HEAD"]);
app.MapHealthChecks("/health", new() { Predicate = _ => false }).WithMetadata(readOnly);
app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains("ready") }).WithMetadata(readOnly);

// Database: create, migrate and seed before the first request, as configured; the Editor and Admin roles exist.
try
{
    await app.Services.InitializeDatabaseAsync();
}
catch (DatabaseSetupException e)
{
    app.Logger.LogCritical("{Problem}", e.Message);  // what to do, in one line; a stack trace would bury it
    return 1;
}

await app.Services.EnsureRolesAsync();

await app.RunAsync();
return 0;
