using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CentcomTracker.Web.Http;

/// <summary>
/// A Razor page renders even when no handler matches the request's method, so a POST to a read-only page ran its
/// view without its OnGet and failed on empty state. Every page answers only the methods it has handlers for
/// (GET and HEAD always): another method gets 405 with an Allow header, an unknown handler name 400.
/// </summary>
public static class PageMethods
{
    public static void AnswerOnlyHandledMethods(this PageConventionCollection conventions) =>
        conventions.ConfigureFilter(new UnhandledMethodFilter());

    private sealed class UnhandledMethodFilter : IPageFilter
    {
        public void OnPageHandlerSelected(PageHandlerSelectedContext context)
        {
        }

        public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
        {
            var http = context.HttpContext;
            var method = http.Request.Method;
            if (context.HandlerMethod is not null || HttpMethods.IsGet(method) || HttpMethods.IsHead(method))
            {
                return;
            }

            // The error page, re-executed for a failed request of any method, answers it.
            if (http.Features.Get<IStatusCodeReExecuteFeature>() is not null || http.Features.Get<IExceptionHandlerFeature>() is not null)
            {
                return;
            }

            var handled = context.ActionDescriptor.HandlerMethods
                .Select(h => h.HttpMethod.ToUpperInvariant())
                .Where(m => m is not ("GET" or "HEAD"))
                .Distinct()
                .Order(StringComparer.Ordinal)
                .ToList();
            if (handled.Contains(method, StringComparer.OrdinalIgnoreCase))
            {
                context.Result = new BadRequestResult();
                return;
            }

            http.Response.Headers.Allow = string.Join(", ", ["GET", "HEAD", .. handled]);
            context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
        }

        public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
        {
        }
    }
}
