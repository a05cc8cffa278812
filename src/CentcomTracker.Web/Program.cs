using CentcomTracker.Web.Charts;
using CentcomTracker.Web.Commands;
using CentcomTracker.Web.Data;
using CentcomTracker.Web.Web;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

// Logging: Serilog from the "Serilog" section of appsettings.json, one line per request.
// Configured once through AddSerilog (no bootstrap logger), so several test hosts can share a process.
builder.Services.AddSerilog((services, logger) => logger
    .ReadFrom.Configuration(builder.Configuration)
    .ReadFrom.Services(services));

// Storage: EF Core on SQLite by default (App_Data/tracker.db), PostgreSQL with Database:Provider=Postgres.
builder.Services.AddTrackerDatabase(builder.Configuration, builder.Environment);
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddHealthChecks().AddDbContextCheck<TrackerDbContext>("database");

// Accounts: editors sign in (ASP.NET Core Identity, same database); every write needs the Editor policy.
builder.Services.AddTrackerAccounts();

// Pages, in English and Arabic.
builder.Services.AddTrackerLocalization();
builder.Services.AddRazorPages()
    .AddViewLocalization()
    .AddDataAnnotationsLocalization(options =>
        options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));

var app = builder.Build();

// Error handling: a page that says what happened, for exceptions and for 404s alike.
app.UseExceptionHandler("/Error");
app.UseStatusCodePagesWithReExecute("/Error", "?code={0}");

app.UseSecurityHeaders();
app.UseSerilogRequestLogging();
app.UseRequestLocalization();
app.UseCultureCookie();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();

app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();

// Chart downloads: each dashboard chart's table as CSV, from the same model as the chart.
app.MapChartDownloads();
app.MapHealthChecks("/health");

// Commands on the same executable (add-user, export, import): run one and exit instead of serving.
if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(app.Services, args, Console.In, Console.Out, Console.Error);
}

// Database: create, migrate and seed before the first request, as configured.
await app.Services.InitializeDatabaseAsync();

await app.RunAsync();
return 0;
