using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LearningSociety.BenchmarkData;

/// <summary>
/// Counts the SQL commands EF sends (queries, inserts and updates, scalars) and their time, for the whole process.
/// <see cref="Count"/> only grows (read it before and after a step); <see cref="Take"/> returns what was counted since
/// the last take. With REPORT_BENCH_TRACE=1 it prints each command slower than 100 ms.
/// Add it with <c>services.ConfigureDbContext&lt;SqliteAppDbContext&gt;(o =&gt; o.AddInterceptors(new CommandCounter()))</c>.
/// </summary>
public sealed class CommandCounter : DbCommandInterceptor
{
    private static readonly bool Trace = Environment.GetEnvironmentVariable("REPORT_BENCH_TRACE") == "1";
    private static long total;
    private static int commands;
    private static long ticks;

    /// <summary>Every command since the process started.</summary>
    public static long Count => Interlocked.Read(ref total);

    /// <summary>The commands and their time since the last call.</summary>
    public static (int Commands, TimeSpan Time) Take()
        => (Interlocked.Exchange(ref commands, 0), TimeSpan.FromTicks(Interlocked.Exchange(ref ticks, 0)));

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Counted(command, eventData.Duration);
        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result,
        CancellationToken cancellationToken = default)
    {
        Counted(command, eventData.Duration);
        return ValueTask.FromResult(result);
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Counted(command, eventData.Duration);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        Counted(command, eventData.Duration);
        return ValueTask.FromResult(result);
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Counted(command, eventData.Duration);
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result,
        CancellationToken cancellationToken = default)
    {
        Counted(command, eventData.Duration);
        return ValueTask.FromResult(result);
    }

    private static void Counted(DbCommand command, TimeSpan duration)
    {
        Interlocked.Increment(ref total);
        Interlocked.Increment(ref commands);
        Interlocked.Add(ref ticks, duration.Ticks);
        if (Trace && duration > TimeSpan.FromMilliseconds(100))
        {
            Console.WriteLine($"-- {duration.TotalMilliseconds:F0} ms\n{command.CommandText}\n");
        }
    }
}
