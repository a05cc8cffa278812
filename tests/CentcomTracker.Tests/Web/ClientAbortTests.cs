using CentcomTracker.Web.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Serilog.Events;

namespace CentcomTracker.Tests.Web;

/// <summary>A client that hangs up is logged as such in one line, never as a server error with a stack trace.</summary>
public sealed class ClientAbortTests
{
    private sealed class Captured : ILoggerProvider, ILogger
    {
        public List<(LogLevel Level, string Text, Exception? Exception)> Entries { get; } = [];
        public ILogger CreateLogger(string categoryName) => this;
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, formatter(state, exception), exception));
        public void Dispose() { }
    }

    /// <summary>Runs one request through the middleware in front of an endpoint that throws <paramref name="failure"/>.</summary>
    private static async Task<(HttpContext Context, Captured Log)> RunAsync(Exception failure, bool clientGone)
    {
        var log = new Captured();
        var services = new ServiceCollection().AddLogging(b => b.AddProvider(log)).BuildServiceProvider();
        var app = new ApplicationBuilder(services);
        app.UseClientAborts();
        app.Run(_ => throw failure);
        var context = new DefaultHttpContext { RequestServices = services, RequestAborted = new CancellationToken(clientGone) };
        context.Request.Method = "POST";
        context.Request.Path = "/figures/import";
        await app.Build()(context);
        return (context, log);
    }

    public static TheoryData<Exception> HangUps => new()
    {
        new OperationCanceledException(),
        new TaskCanceledException(),
        new IOException("The client reset the request stream."),
        new BadHttpRequestException("Unexpected end of request content.", 400),
    };

    [Theory]
    [MemberData(nameof(HangUps))]
    public async Task A_client_hanging_up_is_one_information_line_without_a_stack_trace(Exception failure)
    {
        var (context, log) = await RunAsync(failure, clientGone: true);

        var entry = Assert.Single(log.Entries);
        Assert.Equal(LogLevel.Information, entry.Level);
        Assert.Null(entry.Exception);
        Assert.Contains("/figures/import", entry.Text);
        Assert.True(context.Response.StatusCode is 499 or 400, $"status {context.Response.StatusCode}");
        Assert.Equal(LogEventLevel.Debug, RequestLogLevels.For(context, 1, null));
    }

    [Fact]
    public async Task A_cancellation_while_the_client_is_still_there_is_a_server_error()
    {
        await Assert.ThrowsAsync<OperationCanceledException>(() => RunAsync(new OperationCanceledException(), clientGone: false));

        var context = new DefaultHttpContext();
        context.Response.StatusCode = 500;
        Assert.Equal(LogEventLevel.Error, RequestLogLevels.For(context, 1, null));
        context.Response.StatusCode = 200;
        Assert.Equal(LogEventLevel.Information, RequestLogLevels.For(context, 1, null));
    }
}
