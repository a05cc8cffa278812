using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.Extensions.Options;

namespace CentcomTracker.Web.Accounts;

public static class TrackerAccounts
{
    /// <summary>Identity on the tracker's own database: strong passwords, lockout after 5 failures, cookie sign-in.</summary>
    public static IServiceCollection AddTrackerAccounts(this IServiceCollection services)
    {
        services.AddIdentity<IdentityUser, IdentityRole>(options =>
            {
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireNonAlphanumeric = true;
                options.Password.RequiredUniqueChars = 6;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<TrackerDbContext>()
            .AddSignInManager<TrackerSignInManager>()
            .AddDefaultTokenProviders();

        // The security stamp is checked on every signed-in request (Identity's default: every 30 minutes), so
        // signing out, a new password, a lockout or a removed account ends the account's sessions on every
        // instance at once. It costs editors one lookup by key per request; readers have no cookie.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);

        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/account/denied";
            options.Cookie.Name = "CentcomTracker.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Editor, policy => policy.RequireRole(Roles.Editor, Roles.Admin));

        services.AddOptions<LoginRateLimitOptions>()
            .BindConfiguration(LoginRateLimitOptions.Section)
            .Validate(o => o.PermitLimit > 0 && o.WindowSeconds > 0, "RateLimiting:Login needs a positive PermitLimit and WindowSeconds.")
            .ValidateOnStart();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(TrackerAccounts))
                    .LogWarning("Sign-in attempts from {Client} refused: over the limit", ClientKey(context.HttpContext));
                return ValueTask.CompletedTask;
            };

            // Only the sign-in POST is limited: showing the form costs nothing and guesses nothing.
            options.AddPolicy(LoginRateLimit, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(ClientKey(context), _ =>
                {
                    var limit = context.RequestServices.GetRequiredService<IOptions<LoginRateLimitOptions>>().Value;
                    return new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = limit.PermitLimit,
                        Window = TimeSpan.FromSeconds(limit.WindowSeconds),
                        QueueLimit = 0,
                    };
                })
                : RateLimitPartition.GetNoLimiter("read"));
        });
        return services;
    }

    /// <summary>Rate-limit policy of the sign-in form: a fixed window per client address (RateLimiting:Login).</summary>
    public const string LoginRateLimit = "login";

    /// <summary>
    /// Write pages are editor-only by folder, so a page added under Figures, Sources or Audit is protected
    /// without anyone remembering to; the few pages analysts read are let through by name.
    /// </summary>
    public static void ProtectEditorPages(this PageConventionCollection conventions)
    {
        foreach (var folder in EditorFolders)
        {
            conventions.AuthorizeFolder(folder, Policies.Editor);
        }

        foreach (var page in PublicPagesInEditorFolders)
        {
            conventions.AllowAnonymousToPage(page);
        }
    }

    public static readonly string[] EditorFolders = ["/Figures", "/Sources", "/Audit", "/Review", "/Annotations"];

    public static readonly string[] PublicPagesInEditorFolders = ["/Figures/Index", "/Figures/Details", "/Sources/Index", "/Sources/Details", "/Annotations/Index"];

    /// <summary>The roles exist from the first start, so an admin can grant them before anyone signs in.</summary>
    public static async Task EnsureRolesAsync(this IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                var result = await roles.CreateAsync(new IdentityRole(role));
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException($"Could not create the role {role}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
                }
            }
        }
    }

    /// <summary>
    /// The client's address. Behind a reverse proxy this is the proxy's, unless forwarded headers are configured
    /// (then every client would share one window).
    /// </summary>
    private static string ClientKey(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
