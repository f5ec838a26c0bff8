using LearningSociety.Domain.Deadlines;
using LearningSociety.Web.Data;
using LearningSociety.Web.Features.Shared;
using LearningSociety.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Users;

/// <summary>Administrators manage accounts and their role assignments. Changes apply at the user's next request.</summary>
[Authorize(Roles = PortalRoles.SystemAdministrator)]
public sealed class UsersController(AppDbContext db, UserManager<ApplicationUser> userManager, TimeProvider clock) : Controller
{
    public async Task<IActionResult> Index(string? q)
    {
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim();
            query = query.Where(u => u.UserName!.Contains(term) || u.FullName.Contains(term));
        }

        var active = RoleAssignment.ActiveOn(new VietnamClock(clock).Today());
        var users = await query
            .Select(u => new UserRow(u.Id, u.UserName!, u.FullName, u.IsActive, u.LockoutEnd > clock.GetUtcNow(),
                u.Assignments.AsQueryable().Where(active)
                    .Select(a => new AssignmentRow(a.Id, a.Role, a.Unit.Name, a.ValidFrom, a.ValidTo, true)).ToList()))
            .ToListAsync(HttpContext.RequestAborted);
        return View(new UserListViewModel(q, users.OrderBy(u => u.UserName, VietnameseText.Comparer).ToList()));
    }

    [HttpGet]
    public async Task<IActionResult> Create() => View(new CreateUserInput { Units = await UnitOptionsAsync() });

    [HttpPost]
    [OncePerForm]
    public async Task<IActionResult> Create(CreateUserInput input)
    {
        if (ModelState.IsValid && !await VisibleUnitAsync(input.UnitId))
        {
            ModelState.AddModelError(nameof(input.UnitId), "Đơn vị không hợp lệ.");
        }

        if (!ModelState.IsValid)
        {
            input.Units = await UnitOptionsAsync();
            return View(input);
        }

        await using var transaction = await WorkTransaction.BeginAsync(db, HttpContext.RequestAborted);
        var user = new ApplicationUser { UserName = input.UserName.Trim(), FullName = input.FullName.Trim(), IsActive = true };
        IdentityResult result;
        try
        {
            result = await userManager.CreateAsync(user, input.Password);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // The same name created by another administrator a moment ago: Identity's check could not see it yet.
            await transaction.RollbackAsync(HttpContext.RequestAborted);
            db.ChangeTracker.Clear();
            result = IdentityResult.Failed(userManager.ErrorDescriber.DuplicateUserName(user.UserName));
        }

        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(input.Password) : nameof(input.UserName), error.Description);
            }

            input.Units = await UnitOptionsAsync();
            return View(input);
        }

        db.RoleAssignments.Add(new RoleAssignment(user.Id, input.Role, input.UnitId!.Value, new VietnamClock(clock).Today(), null));
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        await transaction.CommitAsync(HttpContext.RequestAborted);
        TempData["Success"] = $"Đã tạo tài khoản {user.UserName}.";
        return RedirectToAction(nameof(Edit), new { id = user.Id });
    }

    [HttpGet]
    public async Task<IActionResult> Edit(string id)
    {
        var model = await LoadEditAsync(id);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost]
    public async Task<IActionResult> SetActive(string id, bool active)
    {
        var user = await userManager.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (!active && user.Id == userManager.GetUserId(User))
        {
            TempData["Error"] = "Không thể tự vô hiệu hóa tài khoản của chính mình.";
            return RedirectToAction(nameof(Edit), new { id });
        }

        user.IsActive = active;
        await userManager.UpdateAsync(user);
        if (!active)
        {
            // A new stamp invalidates every cookie the user holds, on every web instance.
            await userManager.UpdateSecurityStampAsync(user);
        }

        TempData["Success"] = active ? "Đã kích hoạt tài khoản." : "Đã vô hiệu hóa tài khoản; người dùng bị đăng xuất ngay ở yêu cầu tiếp theo.";
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpPost]
    public async Task<IActionResult> ResetPassword(string id, ResetPasswordInput input)
    {
        var user = await userManager.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            var token = await userManager.GeneratePasswordResetTokenAsync(user);
            var result = await userManager.ResetPasswordAsync(user, token, input.NewPassword);
            if (result.Succeeded)
            {
                await userManager.SetLockoutEndDateAsync(user, null);
                TempData["Success"] = "Đã đặt lại mật khẩu.";
                return RedirectToAction(nameof(Edit), new { id });
            }

            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(nameof(input.NewPassword), error.Description);
            }
        }

        var model = (await LoadEditAsync(id))!;
        return View(nameof(Edit), model with { Reset = input });
    }

    [HttpPost]
    [OncePerForm]
    public async Task<IActionResult> AddAssignment(string id, AssignmentInput input)
    {
        if (await userManager.FindByIdAsync(id) is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid && !await VisibleUnitAsync(input.UnitId))
        {
            ModelState.AddModelError(nameof(input.UnitId), "Đơn vị không hợp lệ.");
        }

        if (!ModelState.IsValid)
        {
            var model = (await LoadEditAsync(id))!;
            return View(nameof(Edit), model with { NewAssignment = input });
        }

        db.RoleAssignments.Add(new RoleAssignment(id, input.Role, input.UnitId!.Value, input.ValidFrom!.Value, input.ValidTo));
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        TempData["Success"] = "Đã thêm phân quyền; có hiệu lực ngay ở yêu cầu tiếp theo của người dùng.";
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpPost]
    public async Task<IActionResult> EndAssignment(string id, int assignmentId)
    {
        var assignment = await db.RoleAssignments.FirstOrDefaultAsync(a => a.Id == assignmentId && a.UserId == id, HttpContext.RequestAborted);
        if (assignment is null)
        {
            return NotFound();
        }

        assignment.End(new VietnamClock(clock).Today().AddDays(-1));
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        TempData["Success"] = "Đã kết thúc phân quyền; người dùng mất quyền này ngay ở yêu cầu tiếp theo.";
        return RedirectToAction(nameof(Edit), new { id });
    }

    /// <summary>
    /// For a person who lost the phone with the authenticator app and the recovery codes: turns the second factor off and
    /// forgets the key. The new security stamp signs the person out everywhere; an administrator is asked to set up a new
    /// app at the next sign-in when administrators must use one.
    /// </summary>
    [HttpPost]
    public async Task<IActionResult> ResetTwoFactor(string id)
    {
        var user = await userManager.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        await userManager.SetTwoFactorEnabledAsync(user, false);
        await userManager.ResetAuthenticatorKeyAsync(user);
        await userManager.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
        TempData["Success"] = "Đã tắt xác thực hai bước của tài khoản; người dùng bị đăng xuất và phải cài lại ứng dụng xác thực.";
        return RedirectToAction(nameof(Edit), new { id });
    }

    private async Task<UserEditViewModel?> LoadEditAsync(string id)
    {
        var today = new VietnamClock(clock).Today();
        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == id)
            .Select(u => new
            {
                u.Id, UserName = u.UserName!, u.FullName, u.IsActive, u.LockoutEnd, u.TwoFactorEnabled,
                Assignments = u.Assignments.Select(a => new { a.Id, a.Role, UnitName = a.Unit.Name, a.ValidFrom, a.ValidTo }).ToList(),
            })
            .FirstOrDefaultAsync(HttpContext.RequestAborted);
        if (user is null)
        {
            return null;
        }

        var assignments = user.Assignments
            .Select(a => new AssignmentRow(a.Id, a.Role, a.UnitName, a.ValidFrom, a.ValidTo, a.ValidFrom <= today && (a.ValidTo == null || a.ValidTo >= today),
                a.ValidTo < a.ValidFrom))
            .OrderByDescending(a => a.IsActive).ThenBy(a => a.ValidFrom)
            .ToList();
        return new UserEditViewModel(user.Id, user.UserName, user.FullName, user.IsActive, user.LockoutEnd > clock.GetUtcNow(), user.TwoFactorEnabled,
            assignments, await UnitOptionsAsync(), new AssignmentInput { ValidFrom = today }, new ResetPasswordInput());
    }

    private Task<bool> VisibleUnitAsync(int? unitId)
        => User.Scope().Filter(db.AdministrativeUnits.AsNoTracking(), u => u.Path).AnyAsync(u => u.Id == unitId, HttpContext.RequestAborted);

    private async Task<IReadOnlyList<SelectListItem>> UnitOptionsAsync()
    {
        var units = await User.Scope().Filter(db.AdministrativeUnits.AsNoTracking(), u => u.Path)
            .Select(u => new { u.Id, u.Name, u.Path, Level = u.Level.Rank })
            .ToListAsync(HttpContext.RequestAborted);
        return UnitTree.Options(units, u => u.Id, u => u.Path, u => u.Name);
    }
}
