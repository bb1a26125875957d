// Console login: POST api/v1/login, then the session cookie (HttpOnly, SameSite=Strict) does the rest.
'use strict';
document.getElementById('login-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const error = document.getElementById('login-error');
  error.classList.add('d-none');
  const body = JSON.stringify({
    username: document.getElementById('username').value,
    password: document.getElementById('password').value,
  });
  let response;
  try {
    response = await fetch('api/v1/login', {
      method: 'POST',
      credentials: 'same-origin',
      headers: {'Content-Type': 'application/json', 'X-Splicer-Console': '1'},
      body,
    });
  } catch (e) {
    error.textContent = 'Cannot reach the server: ' + e.message;
    error.classList.remove('d-none');
    return;
  }
  if (response.ok) {
    window.location.replace('./');
    return;
  }
  let message = 'Sign-in failed (' + response.status + ')';
  try {
    message = (await response.json()).message || message;
  } catch (e) {
    // keep the generic message
  }
  error.textContent = message;
  error.classList.remove('d-none');
});
