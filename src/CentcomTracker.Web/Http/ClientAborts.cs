using Serilog.Events;

namespace CentcomTracker.Web.Http;

/// <summary>
/// A client that hangs up (a closed tab, a cancelled upload) is not a server error: the request is logged in one
/// line at Information as abandoned by the client, without a stack trace, and answered 499 if nothing was sent yet.
/// A request the server refused as malformed (BadHttpRequestException: a body cut short, over the size limit) keeps
/// its own 4xx status and is logged the same way.
/// </summary>
public static class ClientAborts
{
    /// <summary>nginx's "client closed request": nobody receives it, the logs and metrics do.</summary>
    public const int ClientClosedRequest = 499;

    /// <summary>Goes right after the request logging, so the exceptions are caught before it would log them as 500s.</summary>
    public static IApplicationBuilder UseClientAborts(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (e is BadHttpRequestException || (e is OperationCanceledException or IOException && context.RequestAborted.IsCancellationRequested))
        {
            if (!context.Response.HasStarted)
            {
                context.Response.StatusCode = e is BadHttpRequestException bad ? bad.StatusCode : ClientClosedRequest;
            }

            Logger(context).LogInformation("{Method} {Path} not completed: {Reason}", context.Request.Method, context.Request.Path,
                e is BadHttpRequestException ? e.Message : "the client closed the connection");
            return;
        }

        if (context.RequestAborted.IsCancellationRequested)
        {
            Logger(context).LogInformation("{Method} {Path} not completed: {Reason}", context.Request.Method, context.Request.Path,
                "the client closed the connection");
        }
    });

    private static ILogger Logger(HttpContext context) =>
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ClientAborts));
}
