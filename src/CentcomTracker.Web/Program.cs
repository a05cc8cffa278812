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

// Accounts: editors sign in (ASP.NET Core Identity, same database; sign-in rate-limited per client address).
builder.Services.AddTrackerAccounts();

// Pages, in English and Arabic; everything under Figures, Sources and Audit is editor-only unless named public.
builder.Services.AddTrackerLocalization();
builder.Services.AddRazorPages(options => options.Conventions.ProtectEditorPages())
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
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();

app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();
app.MapHealthChecks("/health");

// Commands on the same executable (add-user, export, import): run one and exit instead of serving.
if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(app.Services, args, Console.In, Console.Out, Console.Error);
}

// Database: create, migrate and seed before the first request, as configured; the Editor and Admin roles exist.
await app.Services.InitializeDatabaseAsync();
await app.Services.EnsureRolesAsync();

await app.RunAsync();
return 0;
