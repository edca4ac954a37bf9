/**
 * Sign-in and sessions over HTTP and in the browser: one answer for unknown accounts and wrong
 * passwords, 429 on the 11th bad password within a minute, and an admin's decisions (disable,
 * demote) taking effect on the member's very next request. Invitations end in an account.
 */
import { expect, test, type APIRequestContext } from "@playwright/test";
import { createMember, ensureDemoStaff, signInWith, staffContext } from "./admin-fixtures";

test.beforeAll(async () => {
  await ensureDemoStaff();
});

async function credentialsAttempt(
  request: APIRequestContext,
  email: string,
  password: string,
  ip: string,
) {
  const csrf = await request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  return request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password },
    headers: { "x-forwarded-for": ip },
    maxRedirects: 0,
  });
}

test("unknown accounts and wrong passwords get the same answer; the 11th bad password gets 429", async ({
  request,
}) => {
  const target = await createMember("EDITOR", "ratelimit");
  const unknown = await credentialsAttempt(
    request,
    `nobody-${Date.now()}@example.org`,
    "whatever it is",
    "198.51.100.20",
  );
  const wrong = await credentialsAttempt(
    request,
    target.email,
    "not the password",
    "198.51.100.21",
  );
  expect(unknown.status()).toBe(401);
  expect(wrong.status()).toBe(401);
  expect(await wrong.text()).toBe(await unknown.text());
  expect(wrong.headers()["content-type"]).toBe(unknown.headers()["content-type"]);

  // Nine more wrong passwords (ten in all), from ever-changing addresses: the account limit.
  for (let attempt = 0; attempt < 9; attempt++) {
    const response = await credentialsAttempt(
      request,
      target.email,
      `guess ${attempt}`,
      `203.0.113.${attempt + 1}`,
    );
    expect(response.status(), `attempt ${attempt + 2}`).toBe(401);
  }
  const eleventh = await credentialsAttempt(request, target.email, target.password, "203.0.113.99");
  expect(eleventh.status()).toBe(429);
  expect(Number(eleventh.headers()["retry-after"])).toBeGreaterThan(0);
  expect(await eleventh.json()).toEqual({ error: "rate_limited" });
});

test("the sign-in form says the same thing for an unknown account and a wrong password", async ({
  page,
}) => {
  const member = await createMember("EDITOR", "form");
  const message = page.getByRole("alert").filter({ hasText: /\S/ });
  await page.goto("/en/sign-in");
  await page.getByLabel("Email").fill(`nobody-${Date.now()}@example.org`);
  await page.getByLabel("Password").fill("some password here");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(message).toHaveText("Email or password is incorrect.");
  await page.getByLabel("Email").fill(member.email);
  await page.getByLabel("Password").fill("some password here");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(message).toHaveText("Email or password is incorrect.");
  await expect(page).toHaveURL(/\/en\/sign-in$/);
});

test("disabling a signed-in member makes their next request anonymous", async ({ browser }) => {
  const member = await createMember("EDITOR", "disable");
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInWith(page, member.email, member.password);
  await page.goto("/en/admin/events");
  await expect(page.getByRole("heading", { level: 1, name: "Events" })).toBeVisible();

  const admin = await staffContext(browser, "admin");
  await admin.page.goto("/en/admin/users");
  admin.page.once("dialog", (dialog) => void dialog.accept());
  await admin.page.getByRole("button", { name: `Disable ${member.name}` }).click();
  await expect(admin.page.getByTestId(`member-${member.email}`)).toContainText("Disabled");

  await page.goto("/en/admin/events");
  await expect(page).toHaveURL(/\/en\/sign-in\?callbackUrl=/);
  await page.getByLabel("Email").fill(member.email);
  await page.getByLabel("Password").fill(member.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Email or password is incorrect.")).toBeVisible();
  await context.close();
  await admin.context.close();
});

test("demoting an admin removes the admin pages on their next request", async ({ browser }) => {
  const member = await createMember("ADMIN", "demote");
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInWith(page, member.email, member.password);
  await page.goto("/en/admin/users");
  await expect(page.getByRole("heading", { level: 1, name: "People" })).toBeVisible();

  const admin = await staffContext(browser, "admin");
  await admin.page.goto("/en/admin/users");
  await admin.page.getByLabel(`Role of ${member.name}`).selectOption("EDITOR");
  await admin.page
    .getByTestId(`member-${member.email}`)
    .getByRole("button", { name: "Apply" })
    .click();
  await expect(admin.page.getByLabel(`Role of ${member.name}`)).toHaveValue("EDITOR");
  await expect(
    admin.page.getByTestId(`member-${member.email}`).getByRole("button", { name: "Apply" }),
  ).toHaveCount(0);

  await page.goto("/en/admin/users");
  await expect(page).toHaveURL(/\/en\/sign-in/);
  await signInWith(page, member.email, member.password);
  await page.goto("/en/admin/users");
  await expect(page.getByRole("heading", { name: "Not available to your role" })).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: "Staff area" }).getByRole("link", { name: "People" }),
  ).toHaveCount(0);
  await context.close();
  await admin.context.close();
});

test("an invitation link becomes an account with the invited role, once", async ({ browser }) => {
  const admin = await staffContext(browser, "admin");
  const email = `invitee-${Date.now()}@example.org`;
  await admin.page.goto("/en/admin/users");
  await admin.page.getByLabel("Email", { exact: true }).fill(email);
  await admin.page.getByLabel("Name", { exact: true }).fill("Invited Reviewer");
  await admin.page.getByLabel("Role", { exact: true }).selectOption("REVIEWER");
  await admin.page.getByRole("button", { name: "Create the invitation link" }).click();
  const link = await admin.page.getByTestId("invitation-link").inputValue();
  expect(link).toMatch(/\/en\/sign-in\/invitation\/[A-Za-z0-9_-]{43}$/);

  const guest = await browser.newContext();
  const page = await guest.newPage();
  await page.goto(new URL(link).pathname);
  await expect(page.getByText(`with the address ${email}`)).toBeVisible();
  await page.getByLabel("New password", { exact: true }).fill("short");
  await page.getByLabel("New password, again").fill("short");
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page.getByText("The password needs at least 12 characters.")).toBeVisible();
  const password = "a reviewer's long password";
  await page.getByLabel("New password", { exact: true }).fill(password);
  await page.getByLabel("New password, again").fill(password);
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page.getByText("Your account is ready.")).toBeVisible();
  await signInWith(page, email, password);
  await expect(page.getByText("Invited Reviewer · Reviewer")).toBeVisible();

  await page.goto(new URL(link).pathname);
  await expect(page.getByText("This invitation link is not valid")).toBeVisible();
  await guest.close();
  await admin.context.close();
});
