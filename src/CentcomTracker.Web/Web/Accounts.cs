using CentcomTracker.Web.Data;
using Microsoft.AspNetCore.Identity;

namespace CentcomTracker.Web.Web;

public static class Roles
{
    public const string Editor = "Editor";
    public const string Admin = "Admin";
    public static readonly string[] All = [Editor, Admin];
}

public static class Policies
{
    /// <summary>Every write: editors and admins. Reading needs no account.</summary>
    public const string Editor = "Editor";
}

public static class Accounts
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
            .AddDefaultTokenProviders();

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
        return services;
    }
}
