using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LearningSociety.ReportBenchmarks;

/// <summary>Counts SQL round trips and their time; with REPORT_BENCH_TRACE=1 prints each statement slower than 100 ms.</summary>
internal sealed class CommandCounter : DbCommandInterceptor
{
    private static readonly bool Trace = Environment.GetEnvironmentVariable("REPORT_BENCH_TRACE") == "1";
    private static int commands;
    private static long ticks;

    public static (int Commands, TimeSpan Time) Take()
    {
        var result = (Interlocked.Exchange(ref commands, 0), TimeSpan.FromTicks(Interlocked.Exchange(ref ticks, 0)));
        return result;
    }

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Count(command, eventData.Duration);
        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result,
        CancellationToken cancellationToken = default)
    {
        Count(command, eventData.Duration);
        return ValueTask.FromResult(result);
    }

    private static void Count(DbCommand command, TimeSpan duration)
    {
        Interlocked.Increment(ref commands);
        Interlocked.Add(ref ticks, duration.Ticks);
        if (Trace && duration > TimeSpan.FromMilliseconds(100))
        {
            Console.WriteLine($"-- {duration.TotalMilliseconds:F0} ms\n{command.CommandText}\n");
        }
    }
}
