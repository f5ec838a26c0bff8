using LearningSociety.Domain;
using LearningSociety.Domain.Scorecards;
using LearningSociety.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Scorecards;

/// <summary>
/// An earlier year entered from paper ("lịch sử"): the branch records its decision (or that there was none) and the
/// commune confirms it (<see cref="CdhtRegistration.RecordPastRecognition"/>, <see cref="CdhtRegistration.ConfirmPast"/>).
/// </summary>
public sealed partial class ScorecardsController
{
    private int CurrentYear => new Domain.Deadlines.VietnamClock(clock).Today().Year;

    /// <summary>The branch enters how an earlier year was recognised on paper: the decision's number and date, or none.</summary>
    [HttpPost]
    public async Task<IActionResult> RecordPast(int id, string? decisionNumber, DateOnly? decisionDate, bool withoutDecision, Guid concurrencyStamp)
    {
        var registration = await FindEditableAsync(id);
        if (registration is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            TempData["Error"] = "Ngày quyết định không hợp lệ (dd/MM/yyyy).";
            return RedirectToAction(nameof(Show), new { id });
        }

        return await PastStepAsync(registration, concurrencyStamp, r => r.RecordPastRecognition(decisionNumber, decisionDate, withoutDecision, CurrentYear),
            $"Đã ghi {(withoutDecision ? "năm " + registration.Year + " không có quyết định" : "quyết định công nhận năm " + registration.Year)}; chờ UBND xã xác nhận.");
    }

    /// <summary>The commune confirms an earlier year entered by the branch (or takes its confirmation back).</summary>
    [HttpPost]
    public async Task<IActionResult> ConfirmPast(int id, bool withdraw, Guid concurrencyStamp)
    {
        var registration = await db.Registrations.Include(r => r.Entries).Include(r => r.Village)
            .FirstOrDefaultAsync(r => r.Id == id, HttpContext.RequestAborted);
        if (registration is null || !User.Scope().CanConfirmPastAt(registration.Village.Path))
        {
            return NotFound();
        }

        if (await db.Candidates.AnyAsync(c => c.RegistrationId == id, HttpContext.RequestAborted))
        {
            TempData["Error"] = "Năm này đã đi theo quy trình đề nghị trên cổng, không xác nhận như năm nhập lịch sử.";
            return RedirectToAction(nameof(Show), new { id });
        }

        return withdraw
            ? await PastStepAsync(registration, concurrencyStamp, r => r.WithdrawPastConfirmation(),
                $"Đã bỏ xác nhận năm {registration.Year}; năm này không còn được tính vào số năm liền.")
            : await PastStepAsync(registration, concurrencyStamp, r => r.ConfirmPast(User.Identity!.Name!, clock.GetUtcNow(), CurrentYear),
                $"Đã xác nhận năm {registration.Year}; năm này được tính là năm được công nhận.");
    }

    private async Task<IActionResult> PastStepAsync(CdhtRegistration registration, Guid concurrencyStamp, Action<CdhtRegistration> step, string done)
    {
        try
        {
            step(registration);
            if (await SaveAsync(registration, concurrencyStamp))
            {
                TempData["Success"] = done;
            }
            else
            {
                TempData["Error"] = "Phiếu vừa được người khác thay đổi nên chưa lưu; hãy xem lại rồi làm lại.";
            }
        }
        catch (DomainException e)
        {
            TempData["Error"] = e.Message;
        }

        return RedirectToAction(nameof(Show), new { id = registration.Id });
    }

}
