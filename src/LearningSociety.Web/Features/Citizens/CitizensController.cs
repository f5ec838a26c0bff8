using LearningSociety.Domain;
using LearningSociety.Domain.Citizens;
using LearningSociety.Domain.Scorecards;
using LearningSociety.Web.Auditing;
using LearningSociety.Web.Features.Shared;
using LearningSociety.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace LearningSociety.Web.Features.Citizens;

/// <summary>
/// The citizen register of the villages a user may see. Village branches (and administrators) register,
/// correct and remove citizens; everyone above them reads. The work is done by <see cref="CitizenRegister"/>.
/// </summary>
public sealed class CitizensController(CitizenRegister register, AuditLog audit) : Controller
{
    /// <summary>A save refused because someone else saved the citizen after the form was opened.</summary>
    public const string ChangedMeanwhile =
        "Hồ sơ vừa được người khác thay đổi trong lúc bạn sửa nên thay đổi của bạn chưa được lưu. Xem những gì họ vừa lưu bên dưới, kiểm tra rồi bấm Lưu lại.";

    public async Task<IActionResult> Index(CitizenFilter filter, CancellationToken cancellationToken)
    {
        var scope = User.Scope();
        var year = filter.Year ?? register.CurrentYear;
        var (rows, total, page) = await register.PageAsync(scope, filter, year, filter.Page, cancellationToken);

        filter.Page = page;
        var carryOver = await register.CarryOverCandidatesAsync(scope, year, cancellationToken);
        return View(new CitizenListViewModel(filter, year, rows, total, await register.VillageOptionsAsync(scope, editableOnly: false, cancellationToken),
            await register.GroupOptionsAsync(cancellationToken), scope.MayKeepRegister(), carryOver));
    }

    public async Task<IActionResult> Details(int id, int? year, CancellationToken cancellationToken)
    {
        var details = await register.DetailsAsync(User.Scope(), id, year, cancellationToken);
        return details is null ? NotFound() : View(details);
    }

    [HttpGet]
    public async Task<IActionResult> Create(CancellationToken cancellationToken)
    {
        var input = new CitizenInput { ConsentDate = register.Today, Consent = true };
        await FillOptionsAsync(input, cancellationToken);
        if (input.Villages.Count == 0)
        {
            return Forbid();
        }

        input.VillageId = input.Villages.Count == 1 ? int.Parse(input.Villages[0].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
        return View(input);
    }

    [HttpPost]
    [OncePerForm]
    public async Task<IActionResult> Create(CitizenInput input, CancellationToken cancellationToken)
    {
        var scope = User.Scope();
        if (ModelState.IsValid && !await register.CanEditVillageAsync(scope, input.VillageId, cancellationToken))
        {
            return NotFound();
        }

        if (ModelState.IsValid && !await register.GroupExistsAsync(input.GroupId, cancellationToken))
        {
            ModelState.AddModelError(nameof(input.GroupId), "Nhóm đối tượng không có trong danh mục; vui lòng chọn lại.");
        }

        if (ModelState.IsValid && await register.NationalIdTakenAsync(input.NationalId, null, cancellationToken))
        {
            ModelState.AddModelError(nameof(input.NationalId), NationalIdMessages.AlreadyRegistered);
        }

        if (!ModelState.IsValid)
        {
            await FillOptionsAsync(input, cancellationToken);
            return View(input);
        }

        try
        {
            var citizen = await register.CreateAsync(input, User.Identity!.Name!, cancellationToken);
            TempData["Success"] = $"Đã đăng ký công dân {citizen.FullName}.";
            return RedirectToAction(nameof(Details), new { id = citizen.Id });
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(e.Field ?? string.Empty, e.Message);
            await FillOptionsAsync(input, cancellationToken);
            return View(input);
        }
    }

    [HttpGet]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var citizen = await register.FindEditableAsync(User.Scope(), id, cancellationToken);
        if (citizen is null)
        {
            return NotFound();
        }

        // The edit form shows the full CCCD: a read of personal data, so it is audited.
        await audit.RecordAsync("View", nameof(Citizen), id.ToString(System.Globalization.CultureInfo.InvariantCulture), "Mở hồ sơ để sửa (hiển thị đầy đủ số CCCD)");
        var input = new CitizenInput
        {
            Id = citizen.Id, FullName = citizen.FullName, DateOfBirth = citizen.DateOfBirth, BirthYear = citizen.BirthYear,
            Gender = citizen.Gender, GroupId = citizen.GroupId, VillageId = citizen.VillageId, NationalId = citizen.NationalId,
            Phone = citizen.Phone, Consent = citizen.HasConsent, ConsentDate = citizen.ConsentDate ?? register.Today,
            RegisterThisYear = false, ConcurrencyStamp = citizen.ConcurrencyStamp, Loaded = ConcurrentEdit.Snapshot(CitizenValues.Of(citizen)),
        };
        await FillOptionsAsync(input, cancellationToken);
        return View(input);
    }

    [HttpPost]
    public async Task<IActionResult> Edit(int id, CitizenInput input, CancellationToken cancellationToken)
    {
        var scope = User.Scope();
        var citizen = await register.FindEditableAsync(scope, id, cancellationToken);
        if (citizen is null || (ModelState.IsValid && !await register.CanEditVillageAsync(scope, input.VillageId, cancellationToken)))
        {
            return NotFound();
        }

        if (ModelState.IsValid && !await register.GroupExistsAsync(input.GroupId, cancellationToken))
        {
            ModelState.AddModelError(nameof(input.GroupId), "Nhóm đối tượng không có trong danh mục; vui lòng chọn lại.");
        }

        if (ModelState.IsValid && await register.NationalIdTakenAsync(input.NationalId, id, cancellationToken))
        {
            ModelState.AddModelError(nameof(input.NationalId), NationalIdMessages.AlreadyRegistered);
        }

        if (ModelState.IsValid)
        {
            try
            {
                if (await register.CorrectAsync(citizen, input, User.Identity!.Name!, cancellationToken))
                {
                    TempData["Success"] = "Đã lưu thông tin công dân.";
                    return RedirectToAction(nameof(Details), new { id });
                }

                // Someone saved the citizen since this form was opened: their changes are shown and merged, nothing is overwritten.
                if (!await register.ReconcileAsync(scope, id, input, ModelState, cancellationToken))
                {
                    TempData["Error"] = "Công dân này vừa bị xóa khỏi sổ hoặc chuyển khỏi thôn của bạn; thay đổi chưa được lưu.";
                    return RedirectToAction(nameof(Index));
                }

                ModelState.AddModelError(string.Empty, ChangedMeanwhile);
            }
            catch (DomainException e)
            {
                ModelState.AddModelError(e.Field ?? string.Empty, e.Message);
            }
        }

        input.Id = id;
        await FillOptionsAsync(input, cancellationToken);
        return View(input);
    }

    /// <summary>Removes a citizen on their request; the audit trail keeps that it happened and who did it.</summary>
    [HttpPost]
    [OncePerForm]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var citizen = await register.FindEditableAsync(User.Scope(), id, cancellationToken);
        if (citizen is null)
        {
            return NotFound();
        }

        if (await register.RemoveAsync(citizen, cancellationToken) is { } refused)
        {
            TempData["Error"] = refused;
            return RedirectToAction(nameof(Details), new { id });
        }

        TempData["Success"] = "Đã xóa công dân khỏi sổ theo yêu cầu.";
        return RedirectToAction(nameof(Index));
    }

    /// <summary>Registers the citizen for a year (the current one, or an earlier year to enter history).</summary>
    [HttpPost]
    [OncePerForm]
    public async Task<IActionResult> Register(int id, int year, CancellationToken cancellationToken)
    {
        var citizen = await register.FindEditableAsync(User.Scope(), id, cancellationToken);
        if (citizen is null)
        {
            return NotFound();
        }

        try
        {
            if (await register.RegisterAsync(citizen, year, User.Identity!.Name!, cancellationToken) is { } refused)
            {
                TempData["Error"] = refused;
            }
            else
            {
                TempData["Success"] = $"Đã đăng ký danh hiệu \"Công dân học tập\" năm {year}.";
            }
        }
        catch (DomainException e)
        {
            TempData["Error"] = e.Message;
        }

        return RedirectToAction(nameof(Details), new { id });
    }

    /// <summary>Start of a year: every citizen registered last year in the user's villages is registered for this year.</summary>
    [HttpPost]
    [OncePerForm]
    public async Task<IActionResult> CarryOver(int year, CancellationToken cancellationToken)
    {
        var scope = User.Scope();
        if (!scope.MayKeepRegister())
        {
            return Forbid();
        }

        if (year is < RecognitionRule.FirstYear or > RecognitionRule.LastYear)
        {
            TempData["Error"] = $"Năm đăng ký phải từ {RecognitionRule.FirstYear} đến {RecognitionRule.LastYear}.";
            return RedirectToAction(nameof(Index));
        }

        var count = await register.CarryOverAsync(scope, year, User.Identity!.Name!, cancellationToken);
        if (count is null)
        {
            TempData["Error"] = $"Danh sách đăng ký năm {year} vừa được người khác chuyển sang cùng lúc nên lần chuyển này chưa lưu gì. "
                + "Hãy xem lại danh sách; công dân nào còn chưa chuyển thì nút chuyển vẫn hiện.";
        }
        else
        {
            TempData["Success"] = count == 0
                ? $"Không có công dân nào của năm {year - 1} cần chuyển sang năm {year}."
                : $"Đã chuyển {VietnameseFormat.Number(count.Value)} công dân đăng ký năm {year - 1} sang danh sách đăng ký năm {year}.";
        }

        return RedirectToAction(nameof(Index), new { year });
    }

    private async Task FillOptionsAsync(CitizenInput input, CancellationToken cancellationToken)
    {
        input.Villages = await register.VillageOptionsAsync(User.Scope(), editableOnly: true, cancellationToken);
        input.Groups = await register.GroupOptionsAsync(cancellationToken);
    }
}
