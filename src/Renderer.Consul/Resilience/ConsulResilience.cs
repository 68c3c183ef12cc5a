using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Renderer.Consul.Exceptions;
using Renderer.Consul.Logging;

namespace Renderer.Consul.Resilience;

/// <summary>
/// The retry pipeline around every request. Only <see cref="ConsulUnavailableException"/> (transport errors,
/// time-outs, 429, 5xx) is retried; 400/403/other statuses and TLS failures surface at once (spec §8 client policy).
/// Delays go through the pipeline's <see cref="TimeProvider"/>.
/// </summary>
internal static class ConsulResilience
{
    public static ResiliencePipeline Create(ConsulRetryOptions options, TimeProvider timeProvider, ILogger logger)
    {
        if (options.MaxRetries == 0)
        {
            return ResiliencePipeline.Empty;
        }

        var retry = new RetryStrategyOptions
        {
            MaxRetryAttempts = options.MaxRetries ?? int.MaxValue,
            ShouldHandle = static args => ValueTask.FromResult(args.Outcome.Exception is ConsulUnavailableException),
            DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(
                RetryDelay.Next(args.AttemptNumber, (args.Outcome.Exception as ConsulUnavailableException)?.RetryAfter, options)),
            OnRetry = args =>
            {
                LogRetry(logger, args);
                return default;
            },
        };
        return new ResiliencePipelineBuilder { TimeProvider = timeProvider }.AddRetry(retry).Build();
    }

    // The first failure of a request is a warning; the rest of an outage is debug, so thousands of watches
    // waiting for the same agent do not flood the log.
    private static void LogRetry(ILogger logger, OnRetryArguments<object> args)
    {
        if (args.Outcome.Exception is not ConsulUnavailableException failure)
        {
            return;
        }

        var endpoint = failure.Endpoint ?? "";
        if (args.AttemptNumber == 0)
        {
            ConsulLog.RetryFirst(logger, endpoint, failure.Reason, args.AttemptNumber + 1, args.RetryDelay);
        }
        else
        {
            ConsulLog.RetryAgain(logger, endpoint, failure.Reason, args.AttemptNumber + 1, args.RetryDelay);
        }
    }
}
